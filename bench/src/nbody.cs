// nbody: the classic n-body simulation of the Jovian planets (doubles,
// structs in an array, sqrt). Size: N = 1000000 steps (first argument
// overrides). Prints the energy before and after, to 9 decimals.
using System;

struct Body
{
    public double X, Y, Z, Vx, Vy, Vz, Mass;

    public Body(double x, double y, double z, double vx, double vy, double vz, double mass)
    {
        X = x; Y = y; Z = z; Vx = vx; Vy = vy; Vz = vz; Mass = mass;
    }
}

static class NBody
{
    const double Pi = 3.141592653589793;
    const double SolarMass = 4 * Pi * Pi;
    const double DaysPerYear = 365.24;

    static Body[] Create()
    {
        var bodies = new Body[] {
            new Body(0, 0, 0, 0, 0, 0, SolarMass),
            new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                     1.66007664274403694e-03 * DaysPerYear, 7.69901118419740425e-03 * DaysPerYear,
                     -6.90460016972063023e-05 * DaysPerYear, 9.54791938424326609e-04 * SolarMass),
            new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                     -2.76742510726862411e-03 * DaysPerYear, 4.99852801234917238e-03 * DaysPerYear,
                     2.30417297573763929e-05 * DaysPerYear, 2.85885980666130812e-04 * SolarMass),
            new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                     2.96460137564761618e-03 * DaysPerYear, 2.37847173959480950e-03 * DaysPerYear,
                     -2.96589568540237556e-05 * DaysPerYear, 4.36624404335156298e-05 * SolarMass),
            new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                     2.68067772490389322e-03 * DaysPerYear, 1.62824170038242295e-03 * DaysPerYear,
                     -9.51592254519715870e-05 * DaysPerYear, 5.15138902046611451e-05 * SolarMass),
        };
        double px = 0, py = 0, pz = 0;
        for (int i = 0; i < bodies.Length; i++)
        {
            px += bodies[i].Vx * bodies[i].Mass;
            py += bodies[i].Vy * bodies[i].Mass;
            pz += bodies[i].Vz * bodies[i].Mass;
        }
        bodies[0].Vx = -px / SolarMass;
        bodies[0].Vy = -py / SolarMass;
        bodies[0].Vz = -pz / SolarMass;
        return bodies;
    }

    static void Advance(Body[] b, double dt)
    {
        int n = b.Length;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double dx = b[i].X - b[j].X, dy = b[i].Y - b[j].Y, dz = b[i].Z - b[j].Z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.Sqrt(d2));
                double mi = b[i].Mass * mag, mj = b[j].Mass * mag;
                b[i].Vx -= dx * mj; b[i].Vy -= dy * mj; b[i].Vz -= dz * mj;
                b[j].Vx += dx * mi; b[j].Vy += dy * mi; b[j].Vz += dz * mi;
            }
        }
        for (int i = 0; i < n; i++)
        {
            b[i].X += dt * b[i].Vx;
            b[i].Y += dt * b[i].Vy;
            b[i].Z += dt * b[i].Vz;
        }
    }

    static double Energy(Body[] b)
    {
        double e = 0;
        for (int i = 0; i < b.Length; i++)
        {
            e += 0.5 * b[i].Mass * (b[i].Vx * b[i].Vx + b[i].Vy * b[i].Vy + b[i].Vz * b[i].Vz);
            for (int j = i + 1; j < b.Length; j++)
            {
                double dx = b[i].X - b[j].X, dy = b[i].Y - b[j].Y, dz = b[i].Z - b[j].Z;
                e -= b[i].Mass * b[j].Mass / Math.Sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 1000000;
        var bodies = Create();
        Console.WriteLine(Energy(bodies).ToString("F9"));
        for (int i = 0; i < n; i++) Advance(bodies, 0.01);
        Console.WriteLine(Energy(bodies).ToString("F9"));
        return 0;
    }
}

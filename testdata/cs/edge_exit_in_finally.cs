using System;

class Res : IDisposable
{
    string n; public Res(string n) { this.n = n; }
    public void Dispose() { Console.WriteLine("dispose " + n); }
}
class Program
{
    static int Main()
    {
        using (new Res("outer"))
        {
            try
            {
                try
                {
                    Console.WriteLine("in try");
                    throw new InvalidOperationException("pending");
                }
                finally
                {
                    Console.WriteLine("inner finally: calling Exit(7)");
                    Environment.Exit(7);
                    Console.WriteLine("after Exit (should not print)");
                }
            }
            catch (Exception e) { Console.WriteLine("caught " + e.Message + " (should not print)"); }
            finally { Console.WriteLine("outer finally (should not print)"); }
        }
        return 3;
    }
}

namespace System
{
    // Subtractive generator (Knuth) with a 56-entry seed array: reproduces the .NET
    // Framework / Mono sequence for a given seed.
    [Serializable]
    public class Random
    {
        const int MBIG = int.MaxValue;
        const int MSEED = 161803398;

        int inext;
        int inextp;
        int[] SeedArray = new int[56];

        public Random() : this(Environment.TickCount) { }

        public Random(int Seed)
        {
            int ii;
            int mj, mk;
            int subtraction = (Seed == int.MinValue) ? int.MaxValue : Math.Abs(Seed);
            mj = MSEED - subtraction;
            SeedArray[55] = mj;
            mk = 1;
            for (int i = 1; i < 55; i++)
            {
                ii = (21 * i) % 55;
                SeedArray[ii] = mk;
                mk = mj - mk;
                if (mk < 0) mk += MBIG;
                mj = SeedArray[ii];
            }
            for (int k = 1; k < 5; k++)
            {
                for (int i = 1; i < 56; i++)
                {
                    SeedArray[i] -= SeedArray[1 + (i + 30) % 55];
                    if (SeedArray[i] < 0) SeedArray[i] += MBIG;
                }
            }
            inext = 0;
            inextp = 21;
        }

        protected virtual double Sample()
        {
            return InternalSample() * (1.0 / MBIG);
        }

        int InternalSample()
        {
            int retVal;
            int locINext = inext;
            int locINextp = inextp;
            if (++locINext >= 56) locINext = 1;
            if (++locINextp >= 56) locINextp = 1;
            retVal = SeedArray[locINext] - SeedArray[locINextp];
            if (retVal == MBIG) retVal--;
            if (retVal < 0) retVal += MBIG;
            SeedArray[locINext] = retVal;
            inext = locINext;
            inextp = locINextp;
            return retVal;
        }

        public virtual int Next()
        {
            return InternalSample();
        }

        double GetSampleForLargeRange()
        {
            int result = InternalSample();
            bool negative = (InternalSample() % 2 == 0);
            if (negative) result = -result;
            double d = result;
            d += (int.MaxValue - 1);
            d /= 2 * (uint)int.MaxValue - 1;
            return d;
        }

        public virtual int Next(int minValue, int maxValue)
        {
            if (minValue > maxValue)
                throw new ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
            long range = (long)maxValue - minValue;
            if (range <= (long)int.MaxValue) return ((int)(Sample() * range) + minValue);
            return (int)((long)(GetSampleForLargeRange() * range) + minValue);
        }

        public virtual int Next(int maxValue)
        {
            if (maxValue < 0)
                throw new ArgumentOutOfRangeException("maxValue", "'maxValue' must be greater than zero.");
            return (int)(Sample() * maxValue);
        }

        public virtual double NextDouble()
        {
            return Sample();
        }

        public virtual void NextBytes(byte[] buffer)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            for (int i = 0; i < buffer.Length; i++)
                buffer[i] = (byte)(InternalSample() % (byte.MaxValue + 1));
        }
    }
}

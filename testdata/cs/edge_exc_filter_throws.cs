using System;

class MyEx : Exception { public MyEx(string m) : base(m) { } }

class Program
{
    static void L(string s) { Console.WriteLine(s); }
    static bool Bad() { L("filter about to throw"); throw new InvalidOperationException("in filter"); }
    static bool Good(string t) { L("filter " + t); return true; }
    static void Main()
    {
        try
        {
            try { throw new MyEx("f"); }
            catch (MyEx) when (Bad()) { L("never"); }
            catch (MyEx e) { L("second clause got " + e.Message); }
            finally { L("inner finally"); }
        }
        catch (Exception e) when (Good("outer")) { L("outer " + e.GetType().Name + ": " + e.Message); }
        L("done");
    }
}

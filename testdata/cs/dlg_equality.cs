using System;

class Target
{
    public int N;
    public int Get() { return N; }
    public static int StaticGet() { return -1; }
    public virtual int Virt() { return 1; }
}
class Sub : Target { public override int Virt() { return 2; } }

class Program
{
    static void Main()
    {
        var t1 = new Target { N = 1 };
        var t2 = new Target { N = 1 };
        Func<int> a = t1.Get, b = t1.Get, c = t2.Get;
        Console.WriteLine("same target+method ==: " + (a == b) + " Equals: " + a.Equals(b) + " ReferenceEquals: " + ReferenceEquals(a, b));
        Console.WriteLine("different target: " + (a == c));
        Func<int> s1 = Target.StaticGet, s2 = Target.StaticGet;
        Console.WriteLine("static method delegates equal: " + (s1 == s2));
        Func<int> l1 = () => 5, l2 = () => 5;
        Console.WriteLine("distinct lambdas equal: " + (l1 == l2) + " lambda equals itself: " + (l1 == l1));
        Func<int> m1 = a;
        m1 += b;
        Func<int> m2 = t1.Get;
        m2 += t1.Get;
        Console.WriteLine("multicast equal when same lists: " + (m1 == m2) + " vs single: " + (m1 == a));
        Sub sub = new Sub();
        Func<int> v1 = sub.Virt, v2 = ((Target)sub).Virt;
        Console.WriteLine("virtual delegates equal: " + (v1 == v2) + " value " + v1() + " " + v2());
        Func<int> n = null;
        Console.WriteLine("null comparisons: " + (n == null) + " " + (a == null) + " " + (a != null));
        object oa = a, ob = b;
        Console.WriteLine("object equality (reference): " + (oa == ob) + " Equals: " + oa.Equals(ob));
        Func<int> copied = a;
        Console.WriteLine("copied reference same: " + ReferenceEquals(copied, a));
        Func<int> combined = (Func<int>)Delegate.Combine(a, c);
        Func<int> removed = (Func<int>)Delegate.Remove(combined, c);
        Console.WriteLine("remove returns delegate equal to a: " + (removed == a) + " invocation count " + removed.GetInvocationList().Length);
        Func<int> remAll = (Func<int>)Delegate.RemoveAll(m1, a);
        Console.WriteLine("RemoveAll result null: " + (remAll == null));
        Action act1 = Console.WriteLine, act2 = Console.WriteLine;
        Console.WriteLine("method group Console.WriteLine equal: " + (act1 == act2));
        Console.WriteLine("different delegate types with same method are not equal via Equals: " + ((Delegate)new Func<int>(t1.Get)).Equals(new Func<int>(t1.Get)));
        var h1 = new EventHandler(Handler); var h2 = new EventHandler(Handler);
        Console.WriteLine("EventHandler equality: " + (h1 == h2));
        Func<object> fo = t1.ToString;
        Console.WriteLine("delegate to inherited ToString: " + fo());
    }

    static void Handler(object s, EventArgs e) { }
}

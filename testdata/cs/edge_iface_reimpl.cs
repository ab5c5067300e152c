using System;
using System.Collections;
using System.Collections.Generic;

interface IA { string M(); string N(); }
interface IB { string M(); }
interface IC : IA { new string M(); }
interface IG<T> { string Get(T x); }

class Base : IA
{
    public string M() { return "Base.M"; }
    public virtual string N() { return "Base.N"; }
}
class Mid : Base
{
    public new string M() { return "Mid.M"; }
    public override string N() { return "Mid.N"; }
}
class Re : Mid, IA
{
    // re-implements IA; M binds to Mid.M (public, inherited) ; N -> Mid.N override
}
class Re2 : Mid, IA
{
    string IA.M() { return "Re2.IA.M"; }
}
class Multi : IA, IB, IC
{
    string IA.M() { return "Multi.IA.M"; }
    string IB.M() { return "Multi.IB.M"; }
    string IC.M() { return "Multi.IC.M"; }
    public string M() { return "Multi.M"; }
    public string N() { return "Multi.N"; }
}
class Partial : IA, IB
{
    string IB.M() { return "Partial.IB.M"; }
    public string M() { return "Partial.M"; }
    public string N() { return "Partial.N"; }
}
class GImpl : IG<int>, IG<string>, IG<object>
{
    string IG<int>.Get(int x) { return "int:" + x; }
    public string Get(string s) { return "string:" + s; }
    string IG<object>.Get(object o) { return "object:" + o; }
}
class GBase<T> : IG<T>
{
    public virtual string Get(T x) { return "GBase<" + typeof(T).Name + ">:" + x; }
}
class GDer : GBase<int>, IG<int>
{
    string IG<int>.Get(int x) { return "GDer explicit:" + x + " base=" + base.Get(x); }
}
class GDer2 : GBase<string>
{
    public override string Get(string x) { return "GDer2 override:" + x; }
}
class VirtImpl : IA
{
    public virtual string M() { return "VirtImpl.M"; }
    public virtual string N() { return "VirtImpl.N"; }
}
class VirtDer : VirtImpl
{
    public override string M() { return "VirtDer.M"; }
    public new string N() { return "VirtDer.N(new)"; }
}
class VirtDer2 : VirtDer, IA
{
    public new virtual string N() { return "VirtDer2.N"; }
}
class MyList : IEnumerable<int>
{
    IEnumerator<int> IEnumerable<int>.GetEnumerator() { for (int i = 0; i < 3; i++) yield return i * 10; }
    IEnumerator IEnumerable.GetEnumerator() { yield return "nongeneric"; }
}
abstract class AbsImpl : IB
{
    public abstract string M();
}
class ConcImpl : AbsImpl { public override string M() { return "ConcImpl.M"; } }

class Program
{
    static void P(string s) { Console.WriteLine(s); }
    static void Main()
    {
        Base b = new Mid();
        P(b.M() + " " + b.N() + " " + ((IA)b).M() + " " + ((IA)b).N());
        Mid m = new Re();
        P(m.M() + " " + ((Base)m).M() + " " + ((IA)m).M() + " " + ((IA)m).N());
        IA re2 = new Re2();
        P(re2.M() + " " + re2.N() + " " + ((Base)re2).M());
        Multi mu = new Multi();
        P(mu.M() + " " + ((IA)mu).M() + " " + ((IB)mu).M() + " " + ((IC)mu).M() + " " + ((IA)(IC)mu).M());
        IC ic = mu;
        IA ia = ic;
        P("via IC->IA: " + ia.M() + " " + ia.N());
        Partial pa = new Partial();
        P(pa.M() + " " + ((IA)pa).M() + " " + ((IB)pa).M());
        GImpl g = new GImpl();
        P(((IG<int>)g).Get(5) + " " + ((IG<string>)g).Get("s") + " " + ((IG<object>)g).Get(3.5) + " " + g.Get("direct"));
        IG<int> gi = new GDer();
        P(gi.Get(7) + " | " + ((GBase<int>)gi).Get(8));
        IG<string> gs = new GDer2();
        P(gs.Get("q") + " | " + new GBase<string>().Get("r"));
        IA vd = new VirtDer();
        P(vd.M() + " " + vd.N() + " " + ((VirtDer)vd).N());
        IA vd2 = new VirtDer2();
        P(vd2.M() + " " + vd2.N() + " " + ((VirtImpl)vd2).N() + " " + ((VirtDer)vd2).N());
        MyList ml = new MyList();
        foreach (int x in ml) Console.Write(x + " ");
        foreach (object o in (IEnumerable)ml) Console.Write(o + " ");
        P("");
        IB ab = new ConcImpl();
        P(ab.M());
        object o1 = new Multi();
        P((o1 is IA) + " " + (o1 is IB) + " " + (o1 is IC) + " " + (o1 is IG<int>));
        object o2 = new GDer();
        P((o2 is IG<int>) + " " + (o2 is IG<long>) + " " + (o2 as IG<string> == null));
    }
}

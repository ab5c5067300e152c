using System;
using System.Collections.Generic;

class Animal { public string Name; public Animal(string n) { Name = n; } public virtual string Sound() { return "..."; } }
class Cat : Animal { public Cat(string n) : base(n) { } public override string Sound() { return "meow"; } }
class Dog : Animal { public Dog(string n) : base(n) { } public override string Sound() { return "woof"; } }

interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { void Consume(T item); }
class CatShelter : IProducer<Cat> { int n; public Cat Produce() { return new Cat("cat" + (++n)); } }
class AnimalFeeder : IConsumer<Animal> { public void Consume(Animal a) { Console.WriteLine("  feeding " + a.Name + " (" + a.Sound() + ")"); } }

delegate T Maker<out T>();
delegate void Handler<in T>(T x);

class Program
{
    static void PrintAll(IEnumerable<Animal> animals)
    {
        foreach (var a in animals) Console.WriteLine("  " + a.Name + " says " + a.Sound());
    }

    static void Main()
    {
        List<Cat> cats = new List<Cat> { new Cat("Tom"), new Cat("Kitty") };
        IEnumerable<Animal> animals = cats;
        Console.WriteLine("IEnumerable<Cat> as IEnumerable<Animal>:");
        PrintAll(animals);
        PrintAll(new Dog[] { new Dog("Rex") });
        IProducer<Animal> producer = new CatShelter();
        Console.WriteLine("covariant producer: " + producer.Produce().Name + " " + producer.Produce().GetType().Name);
        IConsumer<Cat> catConsumer = new AnimalFeeder();
        Console.WriteLine("contravariant consumer:");
        catConsumer.Consume(new Cat("Felix"));
        Func<Cat> makeCat = () => new Cat("Func-cat");
        Func<Animal> makeAnimal = makeCat;
        Console.WriteLine("Func covariance: " + makeAnimal().Name);
        Action<Animal> describe = a => Console.WriteLine("  Action<Animal>: " + a.Name);
        Action<Cat> describeCat = describe;
        describeCat(new Cat("Garfield"));
        Func<Animal, string> f = a => a.Sound();
        Func<Cat, object> g = f;
        Console.WriteLine("Func in/out variance: " + g(new Cat("x")));
        Maker<Cat> mk = () => new Cat("maker-cat");
        Maker<Animal> mka = mk;
        Console.WriteLine("custom covariant delegate: " + mka().Name);
        Handler<Animal> ha = a => Console.WriteLine("  custom contravariant delegate: " + a.Name);
        Handler<Dog> hd = ha;
        hd(new Dog("Fido"));
        IEnumerable<object> objs = new List<string> { "a", "b" };
        Console.WriteLine("IEnumerable<string> as IEnumerable<object>: " + string.Join(",", objs));
        IEnumerable<object> boxedInts = new List<int>() as IEnumerable<object>;
        Console.WriteLine("List<int> as IEnumerable<object> (no variance for value types): " + (boxedInts == null));
        object o = cats;
        Console.WriteLine("is IEnumerable<Animal>: " + (o is IEnumerable<Animal>) + " is IList<Animal>: " + (o is IList<Animal>));
        IComparer<Animal> byName = Comparer<Animal>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name));
        IComparer<Cat> catComparer = byName;
        var catList = new List<Cat> { new Cat("Zed"), new Cat("Amy"), new Cat("Max") };
        catList.Sort(catComparer);
        Console.WriteLine("contravariant IComparer sort: " + string.Join(",", catList.ConvertAll(c => c.Name)));
        Animal[] arr = new Cat[] { new Cat("arr-cat") };
        Console.WriteLine("array covariance: " + arr[0].Name + " " + arr.GetType().Name);
        try { arr[0] = new Dog("intruder"); }
        catch (ArrayTypeMismatchException e) { Console.WriteLine("storing Dog in Cat[] via Animal[]: " + e.GetType().Name); }
        IEnumerable<Animal> mixed = new List<Animal>(cats) { new Dog("Spot") };
        int count = 0;
        foreach (var a in mixed) if (a is Cat) count++;
        Console.WriteLine("cats in mixed: " + count);
    }
}

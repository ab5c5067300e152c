// listicalls: prints the icall key of every InternalCall method in a corlib, in the
// format the runtime binds them: Namespace.Type::Name(ParamType,ParamType).
// Usage: mono listicalls.exe mscorlib.dll
using System;
using System.Linq;
using Mono.Cecil;

class ListICalls
{
    static string Name(TypeReference t)
    {
        var gp = t as GenericParameter;
        if (gp != null) return (gp.Type == GenericParameterType.Method ? "!!" : "!") + gp.Position;
        var gi = t as GenericInstanceType;
        if (gi != null) return Name(gi.ElementType) + "<" + string.Join(",", gi.GenericArguments.Select(Name)) + ">";
        var at = t as ArrayType;
        if (at != null) return Name(at.ElementType) + "[" + new string(',', at.Rank - 1) + "]";
        var br = t as ByReferenceType;
        if (br != null) return Name(br.ElementType) + "&";
        var pt = t as PointerType;
        if (pt != null) return Name(pt.ElementType) + "*";
        return t.FullName;
    }

    static int Main(string[] args)
    {
        var mod = ModuleDefinition.ReadModule(args[0]);
        foreach (var t in mod.GetTypes().OrderBy(x => x.FullName, StringComparer.Ordinal))
            foreach (var m in t.Methods)
                if (m.IsInternalCall)
                    Console.WriteLine(t.FullName + "::" + m.Name + "(" + string.Join(",", m.Parameters.Select(p => Name(p.ParameterType))) + ")" + (m.IsStatic ? "" : " [instance]") + " -> " + Name(m.ReturnType));
        return 0;
    }
}

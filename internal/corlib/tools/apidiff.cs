// apidiff: lists public members of Mono's mscorlib/System/System.Core types that are
// missing from Strata's corlib (only for types that exist in Strata's corlib, and only
// members whose signatures use types that exist in Strata's corlib).
// Usage: mono apidiff.exe mscorlib.dll [TypeFullName ...]
using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;

class ApiDiff
{
    static string Key(TypeReference t)
    {
        var gp = t as GenericParameter;
        if (gp != null) return (gp.Type == GenericParameterType.Method ? "!!" : "!") + gp.Position;
        var gi = t as GenericInstanceType;
        if (gi != null) return Key(gi.ElementType) + "<" + string.Join(",", gi.GenericArguments.Select(Key)) + ">";
        var at = t as ArrayType;
        if (at != null) return Key(at.ElementType) + "[" + new string(',', at.Rank - 1) + "]";
        var br = t as ByReferenceType;
        if (br != null) return Key(br.ElementType) + "&";
        var pt = t as PointerType;
        if (pt != null) return Key(pt.ElementType) + "*";
        var rm = t as IModifierType;
        if (rm != null) return Key(rm.ElementType);
        return t.FullName;
    }

    static IEnumerable<string> Names(TypeReference t)
    {
        var gi = t as GenericInstanceType;
        if (gi != null) { foreach (var n in Names(gi.ElementType)) yield return n; foreach (var a in gi.GenericArguments) foreach (var n in Names(a)) yield return n; yield break; }
        var ts = t as TypeSpecification;
        if (ts != null) { foreach (var n in Names(ts.ElementType)) yield return n; yield break; }
        if (t is GenericParameter) yield break;
        yield return t.FullName;
    }

    static string Sig(MethodDefinition m)
    {
        return Key(m.ReturnType) + " " + m.Name + (m.HasGenericParameters ? "`" + m.GenericParameters.Count : "") + "(" + string.Join(",", m.Parameters.Select(p => Key(p.ParameterType))) + ")" + (m.IsStatic ? " static" : "");
    }

    static int Main(string[] args)
    {
        var mine = ModuleDefinition.ReadModule(args[0]);
        var myTypes = new Dictionary<string, TypeDefinition>();
        foreach (var t in mine.GetTypes()) myTypes[t.FullName] = t;
        var only = new HashSet<string>(args.Skip(1));
        int missing = 0;
        foreach (var asm in new[] { "mscorlib", "System", "System.Core", "System.Numerics" })
        {
            var mod = ModuleDefinition.ReadModule("/usr/lib/mono/4.5/" + asm + ".dll");
            foreach (var t in mod.GetTypes().OrderBy(x => x.FullName, StringComparer.Ordinal))
            {
                if (!(t.IsPublic || t.IsNestedPublic)) continue;
                if (only.Count > 0 && !only.Contains(t.FullName)) continue;
                TypeDefinition my;
                if (!myTypes.TryGetValue(t.FullName, out my)) continue;
                var mySigs = new HashSet<string>(my.Methods.Select(Sig));
                foreach (var m in t.Methods)
                {
                    if (!(m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly)) continue;
                    if (m.CustomAttributes.Any(a => a.AttributeType.Name == "ObsoleteAttribute")) continue;
                    var used = Names(m.ReturnType).Concat(m.Parameters.SelectMany(p => Names(p.ParameterType)));
                    if (used.Any(n => !myTypes.ContainsKey(n))) continue;
                    if (!mySigs.Contains(Sig(m))) { Console.WriteLine(t.FullName + " :: " + Sig(m)); missing++; }
                }
                foreach (var f in t.Fields)
                {
                    if (!f.IsPublic) continue;
                    if (!my.Fields.Any(x => x.Name == f.Name)) { Console.WriteLine(t.FullName + " :: field " + f.Name); missing++; }
                }
            }
        }
        Console.WriteLine(missing + " missing");
        return 0;
    }
}

// checkrefs: verifies that every type and member a compiled program references from
// mscorlib/System/System.Core exists in Strata's corlib with the same signature.
// Usage: mono checkrefs.exe path/to/mscorlib.dll program.exe [more.exe ...]
using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;

class CheckRefs
{
    static readonly HashSet<string> Mapped = new HashSet<string> { "mscorlib", "System", "System.Core", "System.Numerics", "netstandard", "System.Runtime" };

    // Signature-normalised type name: generic parameters become !n / !!n.
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
        var rm = t as RequiredModifierType;
        if (rm != null) return Key(rm.ElementType) + " modreq(" + rm.ModifierType.FullName + ")";
        var om = t as OptionalModifierType;
        if (om != null) return Key(om.ElementType);
        return t.FullName;
    }

    static int Main(string[] args)
    {
        if (args.Length < 2) { Console.Error.WriteLine("usage: checkrefs corlib.dll prog.exe..."); return 2; }
        var corlib = ModuleDefinition.ReadModule(args[0]);
        var types = new Dictionary<string, TypeDefinition>();
        foreach (var t in corlib.GetTypes()) types[t.FullName] = t;
        int missing = 0;
        var seen = new HashSet<string>();
        for (int i = 1; i < args.Length; i++)
        {
            var mod = ModuleDefinition.ReadModule(args[i]);
            foreach (var tr in mod.GetTypeReferences())
            {
                var scope = tr.Scope as AssemblyNameReference;
                if (scope == null && tr.DeclaringType == null) continue;
                var root = tr; while (root.DeclaringType != null) root = root.DeclaringType;
                var rs = root.Scope as AssemblyNameReference;
                if (rs == null || !Mapped.Contains(rs.Name)) continue;
                if (!types.ContainsKey(tr.FullName) && seen.Add("T " + tr.FullName)) { Console.WriteLine("MISSING TYPE " + tr.FullName); missing++; }
            }
            foreach (var mr in mod.GetMemberReferences())
            {
                var dt = mr.DeclaringType;
                var et = dt.GetElementType();
                var root = et; while (root.DeclaringType != null) root = root.DeclaringType;
                var rs = root.Scope as AssemblyNameReference;
                if (rs == null || !Mapped.Contains(rs.Name)) continue;
                if (dt.IsArray) continue; // array methods are runtime-provided
                TypeDefinition td;
                if (!types.TryGetValue(et.FullName, out td)) { if (seen.Add("T " + et.FullName)) { Console.WriteLine("MISSING TYPE " + et.FullName); missing++; } continue; }
                string desc;
                bool found;
                var m = mr as MethodReference;
                if (m != null)
                {
                    desc = Key(m.ReturnType) + " " + et.FullName + "::" + m.Name + (m.HasGenericParameters ? "<" + m.GenericParameters.Count + ">" : "") + "(" + string.Join(",", m.Parameters.Select(p => Key(p.ParameterType))) + ")";
                    found = td.Methods.Any(d => d.Name == m.Name && d.Parameters.Count == m.Parameters.Count
                        && d.GenericParameters.Count == m.GenericParameters.Count
                        && d.HasThis == m.HasThis
                        && Key(d.ReturnType) == Key(m.ReturnType)
                        && d.Parameters.Select(p => Key(p.ParameterType)).SequenceEqual(m.Parameters.Select(p => Key(p.ParameterType))));
                }
                else
                {
                    var f = (FieldReference)mr;
                    desc = Key(f.FieldType) + " " + et.FullName + "::" + f.Name;
                    found = td.Fields.Any(d => d.Name == f.Name && Key(d.FieldType) == Key(f.FieldType));
                }
                if (!found && seen.Add(desc)) { Console.WriteLine("MISSING MEMBER " + desc); missing++; }
            }
        }
        Console.WriteLine(missing == 0 ? "OK: all references resolved" : missing + " missing");
        return missing == 0 ? 0 : 1;
    }
}

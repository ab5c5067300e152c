// calc: a small expression language with variables, functions, closures and
// lists, implemented as a tokenizer, a recursive-descent parser producing an
// AST of classes, and a tree-walking evaluator.
//
// Usage:
//   calc.exe              run the built-in demo (or a script piped on stdin)
//   calc.exe FILE...      run script files
//   calc.exe -e 'CODE'    run CODE
//
// Language summary:
//   let x = 1 + 2;             declare a variable      x = x * 2;   assign
//   fn sq(n) = n * n;          expression function
//   fn f(a, b) { ...; return a; }   block function
//   fn(x) => x + 1             anonymous function (closure)
//   if c { ... } else { ... }   while c { ... }   for x in list { ... }
//   print a, b;                [1, 2, 3]   xs[0]   "text"   true false nil
//   operators: ?: || && == != < <= > >= + - * / % ^ (power) unary - !
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Calc
{
    public struct Position
    {
        public readonly int Line;
        public readonly int Column;
        public Position(int line, int column) { Line = line; Column = column; }
        public override string ToString() { return Line + ":" + Column; }
    }

    public enum TokenKind { Number, String, Ident, Keyword, Op, Punct, End }

    public struct Token
    {
        public TokenKind Kind;
        public string Text;
        public double Number;
        public Position Pos;
        public override string ToString()
        {
            return Kind == TokenKind.End ? "end of input" : "'" + Text + "'";
        }
    }

    public class CalcException : Exception
    {
        public readonly Position Pos;
        public readonly string Phase;
        public CalcException(string phase, Position pos, string message) : base(message)
        {
            Phase = phase;
            Pos = pos;
        }
    }

    // ------------------------------------------------------------------ lexer

    public class Lexer
    {
        static readonly HashSet<string> Keywords = new HashSet<string> {
            "let", "fn", "if", "else", "while", "for", "in", "return", "print", "true", "false", "nil"
        };
        static readonly string[] Operators = {
            "=>", "==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%", "^", "<", ">", "=", "!", "?", ":"
        };

        readonly string src;
        int pos, line = 1, col = 1;

        public Lexer(string source) { src = source; }

        char Peek(int ahead = 0) { return pos + ahead < src.Length ? src[pos + ahead] : '\0'; }

        void Advance()
        {
            if (src[pos] == '\n') { line++; col = 1; } else { col++; }
            pos++;
        }

        public List<Token> Tokenize()
        {
            var tokens = new List<Token>();
            while (true)
            {
                SkipSpaceAndComments();
                var start = new Position(line, col);
                if (pos >= src.Length)
                {
                    tokens.Add(new Token { Kind = TokenKind.End, Text = "", Pos = start });
                    return tokens;
                }
                char c = Peek();
                if (char.IsDigit(c)) tokens.Add(ReadNumber(start));
                else if (char.IsLetter(c) || c == '_') tokens.Add(ReadWord(start));
                else if (c == '"') tokens.Add(ReadString(start));
                else if ("()[]{},;".IndexOf(c) >= 0)
                {
                    Advance();
                    tokens.Add(new Token { Kind = TokenKind.Punct, Text = c.ToString(), Pos = start });
                }
                else
                {
                    string op = Operators.FirstOrDefault(o => string.CompareOrdinal(src, pos, o, 0, o.Length) == 0);
                    if (op == null)
                        throw new CalcException("syntax", start, "unexpected character '" + c + "'");
                    for (int i = 0; i < op.Length; i++) Advance();
                    tokens.Add(new Token { Kind = TokenKind.Op, Text = op, Pos = start });
                }
            }
        }

        void SkipSpaceAndComments()
        {
            while (pos < src.Length)
            {
                if (char.IsWhiteSpace(Peek())) Advance();
                else if (Peek() == '#') { while (pos < src.Length && Peek() != '\n') Advance(); }
                else break;
            }
        }

        Token ReadNumber(Position start)
        {
            int begin = pos;
            while (char.IsDigit(Peek())) Advance();
            if (Peek() == '.' && char.IsDigit(Peek(1)))
            {
                Advance();
                while (char.IsDigit(Peek())) Advance();
            }
            string text = src.Substring(begin, pos - begin);
            return new Token {
                Kind = TokenKind.Number, Text = text, Pos = start,
                Number = double.Parse(text, CultureInfo.InvariantCulture)
            };
        }

        Token ReadWord(Position start)
        {
            int begin = pos;
            while (char.IsLetterOrDigit(Peek()) || Peek() == '_') Advance();
            string text = src.Substring(begin, pos - begin);
            return new Token { Kind = Keywords.Contains(text) ? TokenKind.Keyword : TokenKind.Ident, Text = text, Pos = start };
        }

        Token ReadString(Position start)
        {
            var sb = new StringBuilder();
            Advance(); // opening quote
            while (true)
            {
                if (pos >= src.Length || Peek() == '\n')
                    throw new CalcException("syntax", start, "unterminated string");
                char c = Peek();
                Advance();
                if (c == '"') break;
                if (c == '\\')
                {
                    char e = Peek();
                    Advance();
                    switch (e)
                    {
                        case 'n': sb.Append('\n'); break;
                        case 't': sb.Append('\t'); break;
                        case '"': sb.Append('"'); break;
                        case '\\': sb.Append('\\'); break;
                        default: throw new CalcException("syntax", start, "unknown escape \\" + e);
                    }
                }
                else sb.Append(c);
            }
            return new Token { Kind = TokenKind.String, Text = sb.ToString(), Pos = start };
        }
    }

    // ----------------------------------------------------------------- values

    public interface ICallable
    {
        string Name { get; }
        Value Call(Interpreter interp, List<Value> args, Position at);
    }

    public abstract class Value
    {
        public abstract string TypeName { get; }
        public virtual bool Truthy { get { return true; } }
        public virtual string Show() { return ToString(); }
    }

    public sealed class Nil : Value
    {
        public static readonly Nil Instance = new Nil();
        public override string TypeName { get { return "nil"; } }
        public override bool Truthy { get { return false; } }
        public override string ToString() { return "nil"; }
    }

    public sealed class Num : Value
    {
        public readonly double V;
        public Num(double v) { V = v; }
        public override string TypeName { get { return "number"; } }
        public override bool Truthy { get { return V != 0; } }
        public override string ToString()
        {
            if (double.IsNaN(V)) return "nan";
            if (double.IsInfinity(V)) return V > 0 ? "inf" : "-inf";
            return V.ToString("0.##########", CultureInfo.InvariantCulture);
        }
    }

    public sealed class Str : Value
    {
        public readonly string V;
        public Str(string v) { V = v; }
        public override string TypeName { get { return "string"; } }
        public override bool Truthy { get { return V.Length > 0; } }
        public override string ToString() { return V; }
        public override string Show() { return "\"" + V + "\""; }
    }

    public sealed class Bool : Value
    {
        public static readonly Bool True = new Bool(true), False = new Bool(false);
        public readonly bool V;
        Bool(bool v) { V = v; }
        public static Bool Of(bool b) { return b ? True : False; }
        public override string TypeName { get { return "bool"; } }
        public override bool Truthy { get { return V; } }
        public override string ToString() { return V ? "true" : "false"; }
    }

    public sealed class ListValue : Value
    {
        public readonly List<Value> Items;
        public ListValue(IEnumerable<Value> items) { Items = items.ToList(); }
        public override string TypeName { get { return "list"; } }
        public override bool Truthy { get { return Items.Count > 0; } }
        public override string ToString() { return "[" + string.Join(", ", Items.Select(i => i.Show())) + "]"; }
    }

    public sealed class Closure : Value, ICallable
    {
        public readonly string FnName;
        public readonly List<string> Params;
        public readonly Node Body;       // Expr or Block
        public readonly Scope<Value> Env;
        public Closure(string name, List<string> ps, Node body, Scope<Value> env)
        {
            FnName = name; Params = ps; Body = body; Env = env;
        }
        public string Name { get { return FnName; } }
        public override string TypeName { get { return "function"; } }
        public override string ToString() { return "<fn " + FnName + "/" + Params.Count + ">"; }

        public Value Call(Interpreter interp, List<Value> args, Position at)
        {
            if (args.Count != Params.Count)
                throw new CalcException("runtime", at, string.Format(
                    "{0} expects {1} argument{2}, got {3}", FnName, Params.Count, Params.Count == 1 ? "" : "s", args.Count));
            var scope = new Scope<Value>(Env);
            for (int i = 0; i < args.Count; i++) scope.Define(Params[i], args[i]);
            return interp.Invoke(this, scope, at);
        }
    }

    public sealed class Builtin : Value, ICallable
    {
        readonly string name;
        readonly int minArgs, maxArgs;
        readonly Func<Interpreter, List<Value>, Position, Value> fn;
        public Builtin(string name, int min, int max, Func<Interpreter, List<Value>, Position, Value> fn)
        {
            this.name = name; minArgs = min; maxArgs = max; this.fn = fn;
        }
        public string Name { get { return name; } }
        public override string TypeName { get { return "builtin"; } }
        public override string ToString() { return "<builtin " + name + ">"; }
        public Value Call(Interpreter interp, List<Value> args, Position at)
        {
            if (args.Count < minArgs || args.Count > maxArgs)
                throw new CalcException("runtime", at, name + ": wrong number of arguments (" + args.Count + ")");
            return fn(interp, args, at);
        }
    }

    // Lexical scopes, generic over what they store.
    public class Scope<T> where T : class
    {
        readonly Dictionary<string, T> vars = new Dictionary<string, T>();
        public readonly Scope<T> Parent;
        public Scope(Scope<T> parent) { Parent = parent; }

        public void Define(string name, T value) { vars[name] = value; }

        public T Lookup(string name)
        {
            for (var s = this; s != null; s = s.Parent)
            {
                T v;
                if (s.vars.TryGetValue(name, out v)) return v;
            }
            return null;
        }

        public bool Assign(string name, T value)
        {
            for (var s = this; s != null; s = s.Parent)
                if (s.vars.ContainsKey(name)) { s.vars[name] = value; return true; }
            return false;
        }

        public IEnumerable<KeyValuePair<string, T>> Entries { get { return vars; } }
    }

    // -------------------------------------------------------------------- AST

    public abstract class Node
    {
        public Position Pos;
    }

    public abstract class Expr : Node
    {
        public abstract Value Eval(Interpreter interp, Scope<Value> env);
    }

    public enum Flow { Normal, Return }

    public struct Outcome
    {
        public Flow Flow;
        public Value Value;
        public static readonly Outcome Next = new Outcome { Flow = Flow.Normal, Value = Nil.Instance };
    }

    public abstract class Stmt : Node
    {
        public abstract Outcome Exec(Interpreter interp, Scope<Value> env);
    }

    sealed class Literal : Expr
    {
        public Value V;
        public override Value Eval(Interpreter interp, Scope<Value> env) { return V; }
    }

    sealed class ListExpr : Expr
    {
        public List<Expr> Items;
        public override Value Eval(Interpreter interp, Scope<Value> env)
        {
            return new ListValue(Items.Select(e => interp.Eval(e, env)));
        }
    }

    sealed class VarRef : Expr
    {
        public string Name;
        public override Value Eval(Interpreter interp, Scope<Value> env)
        {
            var v = env.Lookup(Name);
            if (v == null) throw new CalcException("runtime", Pos, "undefined variable '" + Name + "'");
            return v;
        }
    }

    sealed class Unary : Expr
    {
        public string Op;
        public Expr Operand;
        public override Value Eval(Interpreter interp, Scope<Value> env)
        {
            var v = interp.Eval(Operand, env);
            if (Op == "!") return Bool.Of(!v.Truthy);
            return new Num(-interp.ToNumber(v, Pos));
        }
    }

    sealed class Binary : Expr
    {
        public string Op;
        public Expr Left, Right;
        public override Value Eval(Interpreter interp, Scope<Value> env)
        {
            if (Op == "&&" || Op == "||")
            {
                var l = interp.Eval(Left, env);
                if (Op == "&&" ? !l.Truthy : l.Truthy) return l;
                return interp.Eval(Right, env);
            }
            return interp.Apply(Op, interp.Eval(Left, env), interp.Eval(Right, env), Pos);
        }
    }

    sealed class Conditional : Expr
    {
        public Expr Cond, Then, Else;
        public override Value Eval(Interpreter interp, Scope<Value> env)
        {
            return interp.Eval(interp.Eval(Cond, env).Truthy ? Then : Else, env);
        }
    }

    sealed class CallExpr : Expr
    {
        public Expr Callee;
        public List<Expr> Args;
        public override Value Eval(Interpreter interp, Scope<Value> env)
        {
            var f = interp.Eval(Callee, env) as ICallable;
            if (f == null) throw new CalcException("runtime", Pos, "value is not callable");
            var args = new List<Value>(Args.Count);
            foreach (var a in Args) args.Add(interp.Eval(a, env));
            return f.Call(interp, args, Pos);
        }
    }

    sealed class IndexExpr : Expr
    {
        public Expr Target, Index;
        public override Value Eval(Interpreter interp, Scope<Value> env)
        {
            var t = interp.Eval(Target, env);
            int i = (int)interp.ToNumber(interp.Eval(Index, env), Index.Pos);
            var list = t as ListValue;
            var str = t as Str;
            int count = list != null ? list.Items.Count : str != null ? str.V.Length : -1;
            if (count < 0) throw new CalcException("runtime", Pos, "cannot index a " + t.TypeName);
            if (i < 0) i += count;
            if (i < 0 || i >= count) throw new CalcException("runtime", Index.Pos, "index " + i + " out of range 0.." + (count - 1));
            return list != null ? list.Items[i] : new Str(str.V[i].ToString());
        }
    }

    sealed class LambdaExpr : Expr
    {
        public List<string> Params;
        public Expr Body;
        public override Value Eval(Interpreter interp, Scope<Value> env)
        {
            return new Closure("lambda@" + Pos, Params, Body, env);
        }
    }

    sealed class LetStmt : Stmt
    {
        public string Name;
        public Expr Init;
        public override Outcome Exec(Interpreter interp, Scope<Value> env)
        {
            env.Define(Name, interp.Eval(Init, env));
            return Outcome.Next;
        }
    }

    sealed class AssignStmt : Stmt
    {
        public string Name;
        public Expr Value;
        public override Outcome Exec(Interpreter interp, Scope<Value> env)
        {
            if (!env.Assign(Name, interp.Eval(Value, env)))
                throw new CalcException("runtime", Pos, "assignment to undeclared variable '" + Name + "'");
            return Outcome.Next;
        }
    }

    sealed class FnStmt : Stmt
    {
        public string Name;
        public List<string> Params;
        public Node Body;
        public override Outcome Exec(Interpreter interp, Scope<Value> env)
        {
            env.Define(Name, new Closure(Name, Params, Body, env));
            return Outcome.Next;
        }
    }

    sealed class PrintStmt : Stmt
    {
        public List<Expr> Items;
        public override Outcome Exec(Interpreter interp, Scope<Value> env)
        {
            interp.Out.WriteLine(string.Join(" ", Items.Select(e => interp.Eval(e, env).ToString())));
            return Outcome.Next;
        }
    }

    sealed class ExprStmt : Stmt
    {
        public Expr E;
        public override Outcome Exec(Interpreter interp, Scope<Value> env)
        {
            interp.Eval(E, env);
            return Outcome.Next;
        }
    }

    sealed class ReturnStmt : Stmt
    {
        public Expr Value;
        public override Outcome Exec(Interpreter interp, Scope<Value> env)
        {
            return new Outcome { Flow = Flow.Return, Value = Value == null ? Nil.Instance : interp.Eval(Value, env) };
        }
    }

    sealed class Block : Stmt
    {
        public List<Stmt> Body;
        public override Outcome Exec(Interpreter interp, Scope<Value> env)
        {
            var inner = new Scope<Value>(env);
            foreach (var s in Body)
            {
                var o = s.Exec(interp, inner);
                if (o.Flow == Flow.Return) return o;
            }
            return Outcome.Next;
        }
    }

    sealed class IfStmt : Stmt
    {
        public Expr Cond;
        public Stmt Then, Else;
        public override Outcome Exec(Interpreter interp, Scope<Value> env)
        {
            if (interp.Eval(Cond, env).Truthy) return Then.Exec(interp, env);
            return Else != null ? Else.Exec(interp, env) : Outcome.Next;
        }
    }

    sealed class WhileStmt : Stmt
    {
        public Expr Cond;
        public Stmt Body;
        public override Outcome Exec(Interpreter interp, Scope<Value> env)
        {
            int guard = 0;
            while (interp.Eval(Cond, env).Truthy)
            {
                if (++guard > 1000000) throw new CalcException("runtime", Pos, "loop ran too long");
                var o = Body.Exec(interp, env);
                if (o.Flow == Flow.Return) return o;
            }
            return Outcome.Next;
        }
    }

    sealed class ForStmt : Stmt
    {
        public string Var;
        public Expr Source;
        public Stmt Body;
        public override Outcome Exec(Interpreter interp, Scope<Value> env)
        {
            var list = interp.Eval(Source, env) as ListValue;
            if (list == null) throw new CalcException("runtime", Source.Pos, "for loop needs a list");
            foreach (var item in list.Items.ToList())
            {
                var scope = new Scope<Value>(env);
                scope.Define(Var, item);
                var o = Body.Exec(interp, scope);
                if (o.Flow == Flow.Return) return o;
            }
            return Outcome.Next;
        }
    }

    // ----------------------------------------------------------------- parser

    public class Parser
    {
        readonly List<Token> toks;
        int p;

        public Parser(List<Token> tokens) { toks = tokens; }

        Token Cur { get { return toks[p]; } }

        bool Is(string text) { return Cur.Kind != TokenKind.String && Cur.Kind != TokenKind.End && Cur.Text == text; }

        bool Accept(string text)
        {
            if (!Is(text)) return false;
            p++;
            return true;
        }

        Token Expect(string text)
        {
            if (!Is(text)) throw Error("expected '" + text + "' but found " + Cur);
            return toks[p++];
        }

        string ExpectIdent()
        {
            if (Cur.Kind != TokenKind.Ident) throw Error("expected a name but found " + Cur);
            return toks[p++].Text;
        }

        CalcException Error(string msg) { return new CalcException("syntax", Cur.Pos, msg); }

        public List<Stmt> ParseProgram()
        {
            var stmts = new List<Stmt>();
            while (Cur.Kind != TokenKind.End) stmts.Add(ParseStmt());
            return stmts;
        }

        Stmt ParseStmt()
        {
            var pos = Cur.Pos;
            if (Cur.Kind == TokenKind.Keyword)
            {
                switch (Cur.Text)
                {
                    case "let":
                    {
                        p++;
                        var name = ExpectIdent();
                        Expect("=");
                        var init = ParseExpr();
                        Expect(";");
                        return new LetStmt { Name = name, Init = init, Pos = pos };
                    }
                    case "fn":
                        if (toks[p + 1].Kind == TokenKind.Ident) return ParseFnDecl();
                        break;
                    case "print":
                    {
                        p++;
                        var items = new List<Expr> { ParseExpr() };
                        while (Accept(",")) items.Add(ParseExpr());
                        Expect(";");
                        return new PrintStmt { Items = items, Pos = pos };
                    }
                    case "return":
                    {
                        p++;
                        Expr value = Is(";") ? null : ParseExpr();
                        Expect(";");
                        return new ReturnStmt { Value = value, Pos = pos };
                    }
                    case "if":
                    {
                        p++;
                        var cond = ParseExpr();
                        var then = ParseBlock();
                        Stmt els = null;
                        if (Accept("else")) els = Is("if") ? ParseStmt() : ParseBlock();
                        return new IfStmt { Cond = cond, Then = then, Else = els, Pos = pos };
                    }
                    case "while":
                    {
                        p++;
                        var cond = ParseExpr();
                        return new WhileStmt { Cond = cond, Body = ParseBlock(), Pos = pos };
                    }
                    case "for":
                    {
                        p++;
                        var name = ExpectIdent();
                        Expect("in");
                        var src = ParseExpr();
                        return new ForStmt { Var = name, Source = src, Body = ParseBlock(), Pos = pos };
                    }
                }
            }
            if (Is("{")) return ParseBlock();
            if (Cur.Kind == TokenKind.Ident && toks[p + 1].Text == "=" && toks[p + 1].Kind == TokenKind.Op)
            {
                var name = ExpectIdent();
                p++;
                var value = ParseExpr();
                Expect(";");
                return new AssignStmt { Name = name, Value = value, Pos = pos };
            }
            var e = ParseExpr();
            Expect(";");
            return new ExprStmt { E = e, Pos = pos };
        }

        Stmt ParseFnDecl()
        {
            var pos = Expect("fn").Pos;
            var name = ExpectIdent();
            var ps = ParseParams();
            Node body;
            if (Accept("="))
            {
                body = ParseExpr();
                Expect(";");
            }
            else body = ParseBlock();
            return new FnStmt { Name = name, Params = ps, Body = body, Pos = pos };
        }

        List<string> ParseParams()
        {
            Expect("(");
            var ps = new List<string>();
            if (!Is(")"))
            {
                do
                {
                    var at = Cur.Pos;
                    var name = ExpectIdent();
                    if (ps.Contains(name)) throw new CalcException("syntax", at, "duplicate parameter '" + name + "'");
                    ps.Add(name);
                } while (Accept(","));
            }
            Expect(")");
            return ps;
        }

        Block ParseBlock()
        {
            var pos = Expect("{").Pos;
            var body = new List<Stmt>();
            while (!Is("}"))
            {
                if (Cur.Kind == TokenKind.End) throw Error("missing '}' for block opened at " + pos);
                body.Add(ParseStmt());
            }
            p++;
            return new Block { Body = body, Pos = pos };
        }

        // precedence climbing for the binary operators
        static readonly string[][] Levels = {
            new[] { "||" }, new[] { "&&" }, new[] { "==", "!=" },
            new[] { "<", "<=", ">", ">=" }, new[] { "+", "-" }, new[] { "*", "/", "%" }
        };

        public Expr ParseExpr()
        {
            var cond = ParseBinary(0);
            if (Is("?"))
            {
                var pos = toks[p++].Pos;
                var a = ParseExpr();
                Expect(":");
                var b = ParseExpr();
                return new Conditional { Cond = cond, Then = a, Else = b, Pos = pos };
            }
            return cond;
        }

        Expr ParseBinary(int level)
        {
            if (level == Levels.Length) return ParseUnary();
            var left = ParseBinary(level + 1);
            while (Cur.Kind == TokenKind.Op && Levels[level].Contains(Cur.Text))
            {
                var op = toks[p++];
                var right = ParseBinary(level + 1);
                left = new Binary { Op = op.Text, Left = left, Right = right, Pos = op.Pos };
            }
            return left;
        }

        Expr ParseUnary()
        {
            if (Cur.Kind == TokenKind.Op && (Cur.Text == "-" || Cur.Text == "!"))
            {
                var op = toks[p++];
                return new Unary { Op = op.Text, Operand = ParseUnary(), Pos = op.Pos };
            }
            return ParsePower();
        }

        Expr ParsePower()
        {
            var b = ParsePostfix();
            if (Cur.Kind == TokenKind.Op && Cur.Text == "^")
            {
                var op = toks[p++];
                return new Binary { Op = "^", Left = b, Right = ParseUnary(), Pos = op.Pos }; // right associative
            }
            return b;
        }

        Expr ParsePostfix()
        {
            var e = ParsePrimary();
            while (true)
            {
                if (Is("("))
                {
                    var pos = toks[p++].Pos;
                    var args = new List<Expr>();
                    if (!Is(")")) { do args.Add(ParseExpr()); while (Accept(",")); }
                    Expect(")");
                    e = new CallExpr { Callee = e, Args = args, Pos = pos };
                }
                else if (Is("["))
                {
                    var pos = toks[p++].Pos;
                    var idx = ParseExpr();
                    Expect("]");
                    e = new IndexExpr { Target = e, Index = idx, Pos = pos };
                }
                else return e;
            }
        }

        Expr ParsePrimary()
        {
            var t = Cur;
            switch (t.Kind)
            {
                case TokenKind.Number: p++; return new Literal { V = new Num(t.Number), Pos = t.Pos };
                case TokenKind.String: p++; return new Literal { V = new Str(t.Text), Pos = t.Pos };
                case TokenKind.Ident: p++; return new VarRef { Name = t.Text, Pos = t.Pos };
                case TokenKind.Keyword:
                    switch (t.Text)
                    {
                        case "true": p++; return new Literal { V = Bool.True, Pos = t.Pos };
                        case "false": p++; return new Literal { V = Bool.False, Pos = t.Pos };
                        case "nil": p++; return new Literal { V = Nil.Instance, Pos = t.Pos };
                        case "fn":
                            p++;
                            var ps = ParseParams();
                            Expect("=>");
                            return new LambdaExpr { Params = ps, Body = ParseExpr(), Pos = t.Pos };
                    }
                    break;
                case TokenKind.Punct:
                    if (t.Text == "(")
                    {
                        p++;
                        var e = ParseExpr();
                        Expect(")");
                        return e;
                    }
                    if (t.Text == "[")
                    {
                        p++;
                        var items = new List<Expr>();
                        if (!Is("]")) { do items.Add(ParseExpr()); while (Accept(",")); }
                        Expect("]");
                        return new ListExpr { Items = items, Pos = t.Pos };
                    }
                    break;
            }
            throw Error("unexpected " + t);
        }
    }

    // ------------------------------------------------------------ interpreter

    public class Interpreter
    {
        public readonly TextWriter Out;
        public readonly Scope<Value> Globals = new Scope<Value>(null);
        public long Evaluations;
        public int MaxDepth;
        int depth;
        const int DepthLimit = 200;

        public Interpreter(TextWriter output)
        {
            Out = output;
            InstallBuiltins();
        }

        public Value Eval(Expr e, Scope<Value> env)
        {
            Evaluations++;
            return e.Eval(this, env);
        }

        public Value Invoke(Closure f, Scope<Value> scope, Position at)
        {
            if (++depth > DepthLimit)
            {
                depth = 0;
                throw new CalcException("runtime", at, "recursion deeper than " + DepthLimit + " in " + f.Name);
            }
            MaxDepth = Math.Max(MaxDepth, depth);
            try
            {
                var body = f.Body as Expr;
                if (body != null) return Eval(body, scope);
                var o = ((Stmt)f.Body).Exec(this, scope);
                return o.Flow == Flow.Return ? o.Value : Nil.Instance;
            }
            finally
            {
                if (depth > 0) depth--;
            }
        }

        public double ToNumber(Value v, Position at)
        {
            var n = v as Num;
            if (n == null) throw new CalcException("runtime", at, "expected a number but got " + v.TypeName + " " + v.Show());
            return n.V;
        }

        public Value Apply(string op, Value a, Value b, Position at)
        {
            switch (op)
            {
                case "==": return Bool.Of(AreEqual(a, b));
                case "!=": return Bool.Of(!AreEqual(a, b));
                case "+":
                    if (a is Str || b is Str) return new Str(a.ToString() + b.ToString());
                    if (a is ListValue && b is ListValue)
                        return new ListValue(((ListValue)a).Items.Concat(((ListValue)b).Items));
                    break;
                case "*":
                    if (a is Str && b is Num)
                        return new Str(string.Concat(Enumerable.Repeat(((Str)a).V, Math.Max(0, (int)((Num)b).V))));
                    break;
            }
            if ((op == "<" || op == ">" || op == "<=" || op == ">=") && a is Str && b is Str)
            {
                int c = string.CompareOrdinal(((Str)a).V, ((Str)b).V);
                return Bool.Of(op == "<" ? c < 0 : op == ">" ? c > 0 : op == "<=" ? c <= 0 : c >= 0);
            }
            double x = ToNumber(a, at), y = ToNumber(b, at);
            switch (op)
            {
                case "+": return new Num(x + y);
                case "-": return new Num(x - y);
                case "*": return new Num(x * y);
                case "/":
                    if (y == 0) throw new CalcException("runtime", at, "division by zero");
                    return new Num(x / y);
                case "%":
                    if (y == 0) throw new CalcException("runtime", at, "modulo by zero");
                    return new Num(x - y * Math.Floor(x / y));
                case "^": return new Num(Math.Pow(x, y));
                case "<": return Bool.Of(x < y);
                case ">": return Bool.Of(x > y);
                case "<=": return Bool.Of(x <= y);
                case ">=": return Bool.Of(x >= y);
            }
            throw new CalcException("runtime", at, "unknown operator " + op);
        }

        static bool AreEqual(Value a, Value b)
        {
            if (a is Num && b is Num) return ((Num)a).V == ((Num)b).V;
            if (a is Str && b is Str) return ((Str)a).V == ((Str)b).V;
            if (a is ListValue && b is ListValue)
            {
                var x = ((ListValue)a).Items;
                var y = ((ListValue)b).Items;
                return x.Count == y.Count && x.Zip(y, AreEqual).All(eq => eq);
            }
            return ReferenceEquals(a, b);
        }

        ListValue ListArg(List<Value> args, int i, string fn, Position at)
        {
            var l = args[i] as ListValue;
            if (l == null) throw new CalcException("runtime", at, fn + ": argument " + (i + 1) + " must be a list, not " + args[i].TypeName);
            return l;
        }

        ICallable FnArg(List<Value> args, int i, string fn, Position at)
        {
            var f = args[i] as ICallable;
            if (f == null) throw new CalcException("runtime", at, fn + ": argument " + (i + 1) + " must be a function");
            return f;
        }

        void Def(string name, int min, int max, Func<Interpreter, List<Value>, Position, Value> fn)
        {
            Globals.Define(name, new Builtin(name, min, max, fn));
        }

        void InstallBuiltins()
        {
            Globals.Define("pi", new Num(Math.PI));
            Def("sqrt", 1, 1, (it, a, at) => new Num(Math.Sqrt(it.ToNumber(a[0], at))));
            Def("abs", 1, 1, (it, a, at) => new Num(Math.Abs(it.ToNumber(a[0], at))));
            Def("floor", 1, 1, (it, a, at) => new Num(Math.Floor(it.ToNumber(a[0], at))));
            Def("min", 1, 16, (it, a, at) => new Num(a.Select(v => it.ToNumber(v, at)).Min()));
            Def("max", 1, 16, (it, a, at) => new Num(a.Select(v => it.ToNumber(v, at)).Max()));
            Def("len", 1, 1, (it, a, at) =>
            {
                if (a[0] is Str) return new Num(((Str)a[0]).V.Length);
                return new Num(it.ListArg(a, 0, "len", at).Items.Count);
            });
            Def("str", 1, 1, (it, a, at) => new Str(a[0].ToString()));
            Def("type", 1, 1, (it, a, at) => new Str(a[0].TypeName));
            Def("upper", 1, 1, (it, a, at) => new Str(a[0].ToString().ToUpperInvariant()));
            Def("fmt", 2, 2, (it, a, at) =>
                new Str(it.ToNumber(a[0], at).ToString("F" + (int)it.ToNumber(a[1], at), CultureInfo.InvariantCulture)));
            Def("range", 1, 2, (it, a, at) =>
            {
                int from = a.Count == 2 ? (int)it.ToNumber(a[0], at) : 0;
                int to = (int)it.ToNumber(a[a.Count - 1], at);
                return new ListValue(Enumerable.Range(from, Math.Max(0, to - from)).Select(i => (Value)new Num(i)));
            });
            Def("sum", 1, 1, (it, a, at) => new Num(it.ListArg(a, 0, "sum", at).Items.Sum(v => it.ToNumber(v, at))));
            Def("sort", 1, 1, (it, a, at) =>
            {
                var items = it.ListArg(a, 0, "sort", at).Items;
                if (items.All(v => v is Num)) return new ListValue(items.OrderBy(v => ((Num)v).V));
                return new ListValue(items.OrderBy(v => v.ToString(), StringComparer.Ordinal));
            });
            Def("reverse", 1, 1, (it, a, at) => new ListValue(Enumerable.Reverse(it.ListArg(a, 0, "reverse", at).Items)));
            Def("join", 2, 2, (it, a, at) => new Str(string.Join(a[1].ToString(), it.ListArg(a, 0, "join", at).Items)));
            Def("map", 2, 2, (it, a, at) =>
            {
                var f = it.FnArg(a, 1, "map", at);
                return new ListValue(it.ListArg(a, 0, "map", at).Items.Select(v => f.Call(it, new List<Value> { v }, at)));
            });
            Def("filter", 2, 2, (it, a, at) =>
            {
                var f = it.FnArg(a, 1, "filter", at);
                return new ListValue(it.ListArg(a, 0, "filter", at).Items.Where(v => f.Call(it, new List<Value> { v }, at).Truthy));
            });
            Def("reduce", 3, 3, (it, a, at) =>
            {
                var f = it.FnArg(a, 2, "reduce", at);
                return it.ListArg(a, 0, "reduce", at).Items.Aggregate(a[1], (acc, v) => f.Call(it, new List<Value> { acc, v }, at));
            });
            Def("push", 2, 2, (it, a, at) =>
            {
                it.ListArg(a, 0, "push", at).Items.Add(a[1]);
                return a[0];
            });
        }

        // Runs a whole program; returns false if it stopped with an error.
        public bool Run(string source, string name)
        {
            try
            {
                var tokens = new Lexer(source).Tokenize();
                var program = new Parser(tokens).ParseProgram();
                foreach (var stmt in program)
                {
                    var o = stmt.Exec(this, Globals);
                    if (o.Flow == Flow.Return)
                        throw new CalcException("runtime", stmt.Pos, "return outside of a function");
                }
                return true;
            }
            catch (CalcException e)
            {
                Out.WriteLine("{0}:{1}: {2} error: {3}", name, e.Pos, e.Phase, e.Message);
                var lines = source.Split('\n');
                if (e.Pos.Line >= 1 && e.Pos.Line <= lines.Length)
                {
                    Out.WriteLine("    " + lines[e.Pos.Line - 1].TrimEnd());
                    Out.WriteLine("    " + new string(' ', Math.Max(0, e.Pos.Column - 1)) + "^");
                }
                return false;
            }
        }
    }

    public static class Program
    {
        const string Demo = @"# calc demo
print ""== arithmetic"";
print 1 + 2 * 3, (1 + 2) * 3, 2 ^ 3 ^ 2, -2 ^ 2, 7 % 3, -7 % 3, 10 / 4;
print 0.1 + 0.2, 1 / 3, sqrt(2), pi, fmt(pi, 3);
let x = 10;
x = x * 4 + 2;
print ""x ="", x, ""type:"", type(x);

print ""== strings"";
let name = ""world"";
print ""hello, "" + name + ""!"", len(name), upper(name), name[0], name[-1];
print ""ab"" * 3, ""abc"" < ""abd"", ""n="" + 42;

print ""== functions and recursion"";
fn sq(n) = n * n;
fn fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2);
fn fact(n) {
  if n <= 1 { return 1; }
  return n * fact(n - 1);
}
fn gcd(a, b) {
  while b != 0 {
    let t = b;
    b = a % b;
    a = t;
  }
  return a;
}
print sq(12), fib(15), fact(10), gcd(1071, 462);
print map(range(1, 11), fib);

print ""== closures"";
fn make_counter(start) {
  let count = start;
  fn next() {
    count = count + 1;
    return count;
  }
  return next;
}
let c1 = make_counter(0);
let c2 = make_counter(100);
c1();
c1();
print c1(), c2(), c1(), c2();
fn adder(n) = fn(x) => x + n;
let add5 = adder(5);
print add5(10), adder(-1)(1), map([1, 2, 3], adder(100));
fn compose(f, g) = fn(v) => f(g(v));
let inc_then_square = compose(sq, adder(1));
print inc_then_square(4);

print ""== lists"";
let xs = [5, 3, 9, 1, 7];
print xs, len(xs), xs[2], sort(xs), reverse(xs);
print sum(xs), min(4, 8, 2), max(4, 8, 2);
print filter(range(20), fn(n) => n % 3 == 0);
print reduce(xs, 0, fn(a, b) => a + b), reduce(xs, 1, fn(a, b) => a * b);
print join(map(xs, str), ""-""), [1, [2, 3]] == [1, [2, 3]], [] == [];
let evens = [];
for i in range(10) {
  if i % 2 == 0 { push(evens, i * i); }
}
print evens;
print sort([""pear"", ""apple"", ""fig""]);

print ""== control flow"";
fn classify(n) {
  if n < 0 { return ""negative""; }
  else if n == 0 { return ""zero""; }
  else if n < 10 { return ""small""; }
  return ""large"";
}
print map([-5, 0, 5, 50], classify);
let n = 27;
let steps = 0;
while n != 1 {
  n = n % 2 == 0 ? n / 2 : 3 * n + 1;
  steps = steps + 1;
}
print ""collatz(27) steps:"", steps;
fn primes(limit) {
  let found = [];
  for c in range(2, limit) {
    if len(filter(found, fn(p) => c % p == 0)) == 0 { push(found, c); }
  }
  return found;
}
print primes(60);
print true && ""yes"", false || ""fallback"", nil || 0 || ""last"", !nil;
let shadow = ""outer"";
{
  let shadow = ""inner"";
  print ""in block:"", shadow;
}
print ""after block:"", shadow;

print ""== table"";
for i in range(1, 9) {
  print i, sq(i), i ^ 3, fmt(sqrt(i), 4), i % 2 == 0 ? ""even"" : ""odd"";
}
";

        static readonly string[] ErrorSamples = {
            "print 1 + ;",
            "let y = 3;\nprint y + z;",
            "print \"unterminated;",
            "fn f(a, a) = a;",
            "print 10 / (5 - 5);",
            "fn loop(n) = loop(n + 1);\nprint loop(0);",
            "print [1, 2, 3][5];",
            "print sqrt(\"four\");",
            "let s = 1;\nif s { print s @ 2; }",
            "fn g(a, b) = a;\nprint g(1);",
            "print 5(3);",
            "fn h() {\n  print 1;\n",
        };

        public static int Main(string[] args)
        {
            var interp = new Interpreter(Console.Out);
            if (args.Length >= 2 && args[0] == "-e")
                return interp.Run(args[1], "<arg>") ? 0 : 1;
            if (args.Length > 0)
            {
                bool ok = true;
                foreach (var file in args)
                    ok &= interp.Run(file == "-" ? Console.In.ReadToEnd() : File.ReadAllText(file), file);
                return ok ? 0 : 1;
            }
            if (Console.IsInputRedirected)
            {
                string input = Console.In.ReadToEnd();
                if (input.Trim().Length > 0) return interp.Run(input, "<stdin>") ? 0 : 1;
            }
            return RunDemo(interp);
        }

        static int RunDemo(Interpreter interp)
        {
            bool ok = interp.Run(Demo, "demo");

            interp.Out.WriteLine("== error reporting");
            int failures = 0;
            for (int i = 0; i < ErrorSamples.Length; i++)
            {
                var fresh = new Interpreter(interp.Out);
                if (!fresh.Run(ErrorSamples[i], "sample" + (i + 1))) failures++;
            }
            interp.Out.WriteLine("{0} of {1} samples reported an error", failures, ErrorSamples.Length);

            interp.Out.WriteLine("== globals defined by the demo");
            var user = interp.Globals.Entries
                .Where(kv => !(kv.Value is Builtin) && kv.Key != "pi")
                .OrderBy(kv => kv.Value.TypeName, StringComparer.Ordinal)
                .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .ToList();
            foreach (var group in user.GroupBy(kv => kv.Value.TypeName))
            {
                interp.Out.WriteLine("  {0} ({1}):", group.Key, group.Count());
                foreach (var kv in group)
                {
                    string shown = kv.Value.Show();
                    if (shown.Length > 40) shown = shown.Substring(0, 37) + "...";
                    interp.Out.WriteLine("    {0,-16} {1}", kv.Key, shown);
                }
            }

            var tokens = new Lexer(Demo).Tokenize();
            var stats = tokens.GroupBy(t => t.Kind)
                .Select(g => new { Kind = g.Key, Count = g.Count() })
                .OrderByDescending(s => s.Count)
                .ThenBy(s => s.Kind.ToString(), StringComparer.Ordinal);
            var sb = new StringBuilder("== demo statistics\n");
            foreach (var s in stats)
                sb.AppendFormat("  {0,-8}{1,6}\n", s.Kind, s.Count);
            sb.AppendFormat("  {0} tokens, {1} lines, {2} expression evaluations, max call depth {3}",
                tokens.Count, Demo.Split('\n').Length, interp.Evaluations, interp.MaxDepth);
            interp.Out.WriteLine(sb.ToString());
            return ok ? 0 : 1;
        }
    }
}

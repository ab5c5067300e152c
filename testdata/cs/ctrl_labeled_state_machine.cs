using System;
using System.Text;

class Program
{
    enum Tok { Num, Plus, Minus, Star, Slash, LParen, RParen, End }

    static string src;
    static int pos;
    static Tok tok;
    static long tokVal;

    static void NextTok()
    {
        while (pos < src.Length && src[pos] == ' ') pos++;
        if (pos >= src.Length) { tok = Tok.End; return; }
        char c = src[pos];
        if (char.IsDigit(c))
        {
            long v = 0;
            while (pos < src.Length && char.IsDigit(src[pos])) v = v * 10 + (src[pos++] - '0');
            tok = Tok.Num; tokVal = v; return;
        }
        pos++;
        switch (c)
        {
            case '+': tok = Tok.Plus; break;
            case '-': tok = Tok.Minus; break;
            case '*': tok = Tok.Star; break;
            case '/': tok = Tok.Slash; break;
            case '(': tok = Tok.LParen; break;
            case ')': tok = Tok.RParen; break;
            default: throw new FormatException("bad char '" + c + "' at " + (pos - 1));
        }
    }

    static long Expr()
    {
        long v = Term();
        while (tok == Tok.Plus || tok == Tok.Minus)
        {
            Tok op = tok; NextTok();
            long r = Term();
            v = op == Tok.Plus ? v + r : v - r;
        }
        return v;
    }
    static long Term()
    {
        long v = Factor();
        while (tok == Tok.Star || tok == Tok.Slash)
        {
            Tok op = tok; NextTok();
            long r = Factor();
            v = op == Tok.Star ? v * r : v / r;
        }
        return v;
    }
    static long Factor()
    {
        if (tok == Tok.Num) { long v = tokVal; NextTok(); return v; }
        if (tok == Tok.Minus) { NextTok(); return -Factor(); }
        if (tok == Tok.LParen)
        {
            NextTok();
            long v = Expr();
            if (tok != Tok.RParen) throw new FormatException("expected ) at " + pos);
            NextTok();
            return v;
        }
        throw new FormatException("unexpected " + tok + " at " + pos);
    }

    static void Main()
    {
        string[] exprs = { "1+2*3", "(1+2)*3", "100/7", "-5*-5", "2*(3+(4-1))*2", "10-3-2", "((((7))))", "1+", "8/(4-4)", "3 $ 4", "123456789*1000", "-(2+3)*4" };
        foreach (string e in exprs)
        {
            src = e; pos = 0;
            try
            {
                NextTok();
                long v = Expr();
                if (tok != Tok.End) throw new FormatException("trailing input at " + pos);
                Console.WriteLine(e + " = " + v);
            }
            catch (FormatException ex) { Console.WriteLine(e + " -> parse error: " + ex.Message); }
            catch (DivideByZeroException ex) { Console.WriteLine(e + " -> " + ex.GetType().Name); }
        }
        var sb = new StringBuilder();
        for (int i = 1; i <= 5; i++) sb.Append(i).Append(i < 5 ? "*" : "");
        src = sb.ToString(); pos = 0; NextTok();
        Console.WriteLine(src + " = " + Expr());
    }
}

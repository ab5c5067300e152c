class M { static void Main(string[] a) { if (a[0] == "a") A.Run(); else B.Run(); } }

// binarytrees: allocate and walk many short-lived binary trees (GC and
// allocation throughput). Size: max depth N = 16 (first argument overrides).
using System;

class TreeNode
{
    readonly TreeNode left, right;

    TreeNode(TreeNode l, TreeNode r) { left = l; right = r; }

    public static TreeNode Bottom(int depth)
    {
        return depth > 0 ? new TreeNode(Bottom(depth - 1), Bottom(depth - 1)) : new TreeNode(null, null);
    }

    public int Check()
    {
        return left == null ? 1 : 1 + left.Check() + right.Check();
    }
}

static class BinaryTrees
{
    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 16;
        const int minDepth = 4;
        int maxDepth = Math.Max(minDepth + 2, n);
        int stretch = maxDepth + 1;
        Console.WriteLine("stretch tree of depth " + stretch + "\t check: " + TreeNode.Bottom(stretch).Check());
        TreeNode longLived = TreeNode.Bottom(maxDepth);
        for (int depth = minDepth; depth <= maxDepth; depth += 2)
        {
            int iterations = 1 << (maxDepth - depth + minDepth);
            int check = 0;
            for (int i = 0; i < iterations; i++) check += TreeNode.Bottom(depth).Check();
            Console.WriteLine(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        Console.WriteLine("long lived tree of depth " + maxDepth + "\t check: " + longLived.Check());
        return 0;
    }
}

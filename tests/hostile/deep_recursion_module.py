# expect: exit 1
# stderr: RecursionError: maximum recursion depth exceeded
# stderr: [Previous line repeated 996 more times]
# why: unbounded recursion of a plain function at module level
def down(n):
    return down(n + 1) + 1

print(down(0))

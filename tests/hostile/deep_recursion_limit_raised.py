# expect: crashed
# args: --max-memory 1024
# stderr: died of signal 11
# stdout: built
# why: raises the recursion limit to 10**8 and recurses in C until the stack overflows
import sys

sys.setrecursionlimit(10**8)
box = []
for i in range(2 * 10**6):
    box = [box]
print("built", flush=True)
print(len(repr(box)))

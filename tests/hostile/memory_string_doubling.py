# expect: stopped memory
# args: --max-memory 256
# stderr: MemoryError
# stderr: --max-memory
# why: a string that doubles itself each step
s = "ab"
n = 0
while True:
    s = s + s
    n += 1

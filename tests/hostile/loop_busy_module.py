# expect: stopped cpu
# args: --max-cpu 1
# stderr: --max-cpu
# stderr: (the program was at line 8)
# stdout: spinning
# why: while True: pass at module level, never yielding
print("spinning", flush=True)
while True:
    pass

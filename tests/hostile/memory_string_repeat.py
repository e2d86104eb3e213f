# expect: stopped memory
# args: --max-memory 256
# stderr: MemoryError
# stderr: ran out of memory
# stderr: 256 MiB
# stderr: --max-memory
# stdout: allocating
# why: 'x' * 10**10: a ten-gigabyte string
print("allocating", flush=True)
s = "x" * 10**10
print(len(s))

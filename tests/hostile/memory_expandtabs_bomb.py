# expect: stopped memory
# args: --max-memory 256
# stderr: MemoryError
# stderr: --max-memory
# why: expands a thousand tabs to a hundred million columns each
s = ("\t" * 1000).expandtabs(10**8)
print(len(s))

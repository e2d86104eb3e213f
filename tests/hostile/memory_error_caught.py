# expect: exit 0
# args: --max-memory 256
# stdout: caught MemoryError
# stdout: carried on
# why: catches the MemoryError of a huge allocation and carries on
print("trying", flush=True)
try:
    s = "x" * 10**10
except MemoryError:
    print("caught MemoryError")
print("carried on")

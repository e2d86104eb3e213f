# expect: stopped memory
# args: --max-memory 256
# stderr: MemoryError
# stderr: --max-memory
# stdout: growing
# why: appends to a list for ever
print("growing", flush=True)
hoard = []
while True:
    hoard.append([0] * 1000)

# expect: stopped memory
# args: --max-memory 256
# stderr: MemoryError
# stderr: --max-memory
# why: joins ten thousand one-MiB blocks into one bytes object
block = b"z" * (1 << 20)
print(len(b"".join([block] * 10000)))

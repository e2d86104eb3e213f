# expect: stopped memory
# args: --max-memory 256
# stderr: MemoryError
# stderr: --max-memory
# why: 1 << (1 << 40): an integer of 2**40 bits
x = 1 << (1 << 40)
print("no")

# expect: stopped memory
# args: --max-memory 256
# stderr: MemoryError
# stderr: --max-memory
# why: wraps a list in a list for ever
box = []
while True:
    box = [box, box]

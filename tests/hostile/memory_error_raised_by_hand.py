# expect: exit 1
# stderr: MemoryError: pretend
# stdout: pretending
# same-as-cpython
# why: raises MemoryError itself, without using any memory
print("pretending", flush=True)
raise MemoryError("pretend")

# expect: exit 1
# stderr: SyntaxError: f-string: empty expression not allowed
# same-as-cpython
# why: an empty f-string replacement field
name = "Task-1"
print(f"{name} waits for {}")

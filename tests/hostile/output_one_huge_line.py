# expect: stopped output
# args: --max-output 1
# stderr: more than 1 MiB of output
# stdout: xxxx
# why: a single print of a 5 MiB line
print("x" * (5 << 20))

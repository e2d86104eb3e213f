# expect: stopped output
# args: --max-output 1
# stderr: more than 1 MiB of output
# stderr: --max-output
# stdout: line 0
# why: prints lines in an endless loop
i = 0
while True:
    print("line", i)
    i += 1

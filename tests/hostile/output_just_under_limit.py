# expect: exit 0
# args: --max-output 1
# stdout: end
# same-as-cpython
# why: prints 0.9 MiB with a 1 MiB output limit: must not be stopped
for i in range(9000):
    print("%099d" % i)
print("end")

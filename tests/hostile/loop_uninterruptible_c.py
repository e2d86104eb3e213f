# expect: stopped cpu
# args: --max-cpu 1
# stderr: --max-cpu
# stderr: could not be interrupted
# stdout: summing
# why: sum(range(10**11)): a single C call that never checks for signals
print("summing", flush=True)
total = sum(range(10**11))
print(total)

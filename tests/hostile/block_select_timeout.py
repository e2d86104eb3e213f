# expect: stopped cpu
# args: --max-cpu 1
# stderr: of real time
# stdout: selecting
# why: select.select with a 30 s timeout: a real wait the virtual clock does not see
import select

print("selecting", flush=True)
select.select([], [], [], 30)
print("done")

# expect: exit 2
# args: --max-cpu banana
# stderr: --max-cpu needs a positive number, not 'banana'
# why: a limit that is not a number: a usage error, nothing runs
print("ran")

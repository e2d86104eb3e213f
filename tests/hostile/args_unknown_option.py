# expect: exit 2
# args: --max-threads 4
# stderr: unknown option --max-threads
# why: an option Loopscope does not know
print("ran")

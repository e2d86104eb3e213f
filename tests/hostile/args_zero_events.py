# expect: exit 2
# args: --max-events 0
# stderr: --max-events needs a positive integer, not '0'
# why: a zero loop-callback limit
print("ran")

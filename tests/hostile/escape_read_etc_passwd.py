# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: to open '/etc/passwd' for reading
# why: reads /etc/passwd
print(open("/etc/passwd").read())

# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: to open '/proc/self/root/etc/passwd' for reading
# why: reads /etc/passwd through /proc/self/root
print(open("/proc/self/root/etc/passwd").read())

# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused socket.getaddrinfo()
# why: resolves a host name
import socket

print(socket.getaddrinfo("example.com", 80))

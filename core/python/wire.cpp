#include "wire.h"

#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace loopscope::python::wire {

namespace {

constexpr std::size_t kMaxFds = 8;

bool writeAll(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

bool readAll(int fd, char* data, std::size_t size)
{
    while (size > 0) {
        ssize_t n = ::recv(fd, data, size, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

} // namespace

bool sendFrame(int socket, std::string_view payload, const std::vector<int>& fds)
{
    std::uint32_t length = std::uint32_t(payload.size());
    char header[4];
    std::memcpy(header, &length, 4);
    iovec part{header, sizeof header};
    msghdr message{};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxFds)];
    if (!fds.empty()) {
        if (fds.size() > kMaxFds)
            return false;
        message.msg_control = control;
        message.msg_controllen = CMSG_SPACE(sizeof(int) * fds.size());
        cmsghdr* cmsg = CMSG_FIRSTHDR(&message);
        cmsg->cmsg_level = SOL_SOCKET;
        cmsg->cmsg_type = SCM_RIGHTS;
        cmsg->cmsg_len = CMSG_LEN(sizeof(int) * fds.size());
        std::memcpy(CMSG_DATA(cmsg), fds.data(), sizeof(int) * fds.size());
    }
    ssize_t sent;
    do {
        sent = ::sendmsg(socket, &message, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    if (sent <= 0)
        return false;
    if (std::size_t(sent) < sizeof header &&
        !writeAll(socket, header + sent, sizeof header - std::size_t(sent)))
        return false;
    return writeAll(socket, payload.data(), payload.size());
}

bool receiveFrame(int socket, std::string& payload, std::vector<int>* fds)
{
    char header[4];
    iovec part{header, sizeof header};
    msghdr message{};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxFds)];
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    ssize_t received;
    do {
        received = ::recvmsg(socket, &message, MSG_CMSG_CLOEXEC);
    } while (received < 0 && errno == EINTR);
    if (received <= 0)
        return false;
    for (cmsghdr* cmsg = CMSG_FIRSTHDR(&message); cmsg; cmsg = CMSG_NXTHDR(&message, cmsg)) {
        if (cmsg->cmsg_level != SOL_SOCKET || cmsg->cmsg_type != SCM_RIGHTS)
            continue;
        std::size_t count = (cmsg->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (std::size_t i = 0; i < count; ++i) {
            int fd;
            std::memcpy(&fd, CMSG_DATA(cmsg) + i * sizeof(int), sizeof fd);
            if (fds)
                fds->push_back(fd);
            else
                ::close(fd);
        }
    }
    if (std::size_t(received) < sizeof header &&
        !readAll(socket, header + received, sizeof header - std::size_t(received)))
        return false;
    std::uint32_t length;
    std::memcpy(&length, header, 4);
    payload.resize(length);
    return readAll(socket, payload.data(), length);
}

Writer& Writer::u64(std::uint64_t value)
{
    char raw[8];
    std::memcpy(raw, &value, 8);
    bytes_.append(raw, 8);
    return *this;
}

Writer& Writer::f64(double value)
{
    std::uint64_t raw;
    std::memcpy(&raw, &value, 8);
    return u64(raw);
}

Writer& Writer::str(std::string_view value)
{
    u64(value.size());
    bytes_.append(value);
    return *this;
}

bool Reader::u64(std::uint64_t& value)
{
    if (bytes_.size() < 8)
        return false;
    std::memcpy(&value, bytes_.data(), 8);
    bytes_.remove_prefix(8);
    return true;
}

bool Reader::i64(std::int64_t& value)
{
    std::uint64_t raw;
    if (!u64(raw))
        return false;
    value = std::int64_t(raw);
    return true;
}

bool Reader::f64(double& value)
{
    std::uint64_t raw;
    if (!u64(raw))
        return false;
    std::memcpy(&value, &raw, 8);
    return true;
}

bool Reader::str(std::string& value)
{
    std::uint64_t size;
    if (!u64(size) || bytes_.size() < size)
        return false;
    value.assign(bytes_.data(), size);
    bytes_.remove_prefix(size);
    return true;
}

std::string encodeRequest(const RunRequest& request)
{
    const Limits& limits = request.limits;
    return Writer(Run)
        .str(request.source)
        .str(request.path)
        .str(request.argv0)
        .i64(request.seed)
        .f64(limits.cpuSeconds)
        .u64(limits.memoryBytes)
        .u64(limits.outputBytes)
        .u64(limits.sourceBytes)
        .u64(limits.maxEvents)
        .f64(limits.maxVirtualSeconds)
        .u64((request.record ? 1u : 0u) | (request.recordLines ? 2u : 0u) | (request.terminal ? 4u : 0u))
        .bytes();
}

bool decodeRequest(std::string_view payload, RunRequest& request)
{
    Limits& limits = request.limits;
    Reader reader(payload);
    std::uint64_t flags = 0;
    const bool read = !payload.empty() && payload[0] == Run && reader.str(request.source) &&
                      reader.str(request.path) && reader.str(request.argv0) &&
                      reader.i64(request.seed) && reader.f64(limits.cpuSeconds) &&
                      reader.u64(limits.memoryBytes) && reader.u64(limits.outputBytes) &&
                      reader.u64(limits.sourceBytes) && reader.u64(limits.maxEvents) &&
                      reader.f64(limits.maxVirtualSeconds) && reader.u64(flags);
    request.record = flags & 1;
    request.recordLines = flags & 2;
    request.terminal = flags & 4;
    return read;
}

} // namespace loopscope::python::wire

#include "model/scan/filescanner.h"

#include "net/tokenfingerprint.h"

#include <cerrno>
#include <cstring>

#include <openssl/crypto.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace latchkey {

namespace {

// git's rule: a NUL byte in the first 8000 bytes makes a file binary; looking at
// the whole of it (memchr is cheap) also catches text with a binary tail.
constexpr qint64 kBinaryProbe = 8000;

class Fd
{
public:
    explicit Fd(int fd)
        : m_fd(fd)
    {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

// Reads up to `want` bytes; fewer only at the end of the file. -1 on an error.
qint64 readFully(int fd, char *into, qint64 want)
{
    qint64 got = 0;
    while (got < want) {
        const ssize_t n = ::read(fd, into + got, size_t(want - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += n;
    }
    return got;
}

// Characters (UTF-8 code points) in text: every byte but continuation bytes.
int characters(QByteArrayView text)
{
    int count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

} // namespace

FileScanner::FileScanner(const ScanCatalog *catalog, const QDateTime &now, qint64 maxBytes)
    : m_catalog(catalog)
    , m_now(now)
    , m_maxBytes(maxBytes)
    // One more byte than allowed tells a file that grew past the limit.
    , m_buffer(std::make_unique<char[]>(size_t(maxBytes + 1)))
{}

FileScanner::~FileScanner()
{
    OPENSSL_cleanse(m_buffer.get(), size_t(m_used));
}

FileScanner::Outcome FileScanner::scanFile(const QByteArray &nativePath, const QString &shownPath,
                                           bool followLink, QList<ScanFinding> *findings,
                                           qint64 *bytesRead)
{
    *bytesRead = 0;
    // O_NONBLOCK: a FIFO put in place of a file must not hang the scan.
    const int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | (followLink ? 0 : O_NOFOLLOW);
    const Fd fd(::open(nativePath.constData(), flags));
    struct stat info;
    if (fd.get() < 0 || ::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode))
        return Outcome::Unreadable;
    if (info.st_size > m_maxBytes)
        return Outcome::TooLarge;

    char *buffer = m_buffer.get();
    const qint64 head = readFully(fd.get(), buffer, std::min<qint64>(kBinaryProbe, m_maxBytes + 1));
    m_used = std::max(m_used, head);
    if (head < 0)
        return Outcome::Unreadable;
    *bytesRead = head;
    if (std::memchr(buffer, 0, size_t(head)))
        return Outcome::Binary;
    qint64 size = head;
    if (head == kBinaryProbe) {
        const qint64 rest = readFully(fd.get(), buffer + head, m_maxBytes + 1 - head);
        if (rest < 0)
            return Outcome::Unreadable;
        size += rest;
        m_used = std::max(m_used, size);
        *bytesRead = size;
        if (size > m_maxBytes)
            return Outcome::TooLarge;
        if (std::memchr(buffer + head, 0, size_t(rest)))
            return Outcome::Binary;
    }
    scanText(QByteArrayView(buffer, size), shownPath, findings);
    return Outcome::Read;
}

bool FileScanner::reportable(QByteArrayView candidate, TokenFormat *format) const
{
    const FormatMatch match = FormatDetector::detect(candidate);
    if (match.format == TokenFormat::Unknown || !match.shapeOk() || !match.secret)
        return false;
    if (match.format == TokenFormat::Jws) {
        // header.payload.signature, none of them empty
        const qsizetype first = candidate.indexOf('.');
        const qsizetype second = candidate.indexOf('.', first + 1);
        if (first <= 0 || second <= first + 1 || second == candidate.size() - 1 ||
            candidate.indexOf('.', second + 1) >= 0)
            return false;
    }
    *format = match.format;
    return true;
}

void FileScanner::scanText(QByteArrayView text, const QString &shownPath,
                           QList<ScanFinding> *findings) const
{
    // Lines are counted only up to each hit, so a file without one costs nothing here.
    qsizetype counted = 0;
    qsizetype lineStart = 0;
    int line = 1;
    m_finder.find(text, [&](const CandidateFinder::Candidate &candidate) {
        const QByteArrayView value = text.sliced(candidate.offset, candidate.length);
        const QByteArray fingerprint = TokenFingerprint::of(value);
        const ScanToken *token = m_catalog->find(fingerprint);
        TokenFormat format = candidate.format;
        if (!token && !reportable(value, &format))
            return;
        while (counted < candidate.offset) {
            const void *newline =
                std::memchr(text.data() + counted, '\n', size_t(candidate.offset - counted));
            if (!newline) {
                counted = candidate.offset;
                break;
            }
            counted = static_cast<const char *>(newline) - text.data() + 1;
            lineStart = counted;
            ++line;
        }
        ScanFinding finding;
        finding.path = shownPath;
        finding.line = line;
        finding.column = characters(text.sliced(lineStart, candidate.offset - lineStart)) + 1;
        finding.fingerprint = fingerprint;
        finding.format = format;
        if (token) {
            finding.known = true;
            finding.token = *token;
            finding.state = token->stateAt(m_now);
        }
        findings->append(finding);
    });
}

} // namespace latchkey

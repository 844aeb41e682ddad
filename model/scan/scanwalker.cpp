#include "model/scan/scanwalker.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>

namespace latchkey {

namespace {

struct FileId
{
    dev_t device;
    ino_t inode;
    bool operator==(const FileId &) const = default;
};

size_t qHash(const FileId &id, size_t seed = 0)
{
    return ::qHash(quint64(id.inode), seed) ^ ::qHash(quint64(id.device), seed);
}

FileId idOf(const struct stat &info)
{
    return {info.st_dev, info.st_ino};
}

std::optional<QByteArray> realPath(const QByteArray &path)
{
    std::unique_ptr<char, decltype(&std::free)> resolved(::realpath(path.constData(), nullptr),
                                                         &std::free);
    if (!resolved)
        return std::nullopt;
    return QByteArray(resolved.get());
}

bool isInside(const QByteArray &path, const QByteArray &root)
{
    return path == root ||
           (path.startsWith(root) && (root.endsWith('/') || path.at(root.size()) == '/'));
}

class Walk
{
public:
    Walk(const ScanWalker::Visit &visit, const ScanWalker::Skip &skip)
        : m_visit(visit)
        , m_skip(skip)
    {}

    bool place(const QString &place)
    {
        const QByteArray path = QFile::encodeName(place);
        struct stat info;
        if (::stat(path.constData(), &info) != 0) {
            // Missing is normal for a default place; a link that leads nowhere is not.
            struct stat link;
            if (::lstat(path.constData(), &link) == 0)
                m_skip(place, ScanSkip::Reason::Unreadable);
            return true;
        }
        if (S_ISREG(info.st_mode))
            return file(path, place, info, true);
        if (!S_ISDIR(info.st_mode))
            return true;
        const std::optional<QByteArray> root = realPath(path);
        if (!root) {
            m_skip(place, ScanSkip::Reason::Unreadable);
            return true;
        }
        return folder(path, place, *root, info);
    }

private:
    struct Pending
    {
        QByteArray path;
        QString shown;
        bool inGit = false;
    };

    bool file(const QByteArray &path, const QString &shown, const struct stat &info,
              bool followLink)
    {
        if (m_files.contains(idOf(info)))
            return true;
        m_files.insert(idOf(info));
        return m_visit({path, shown, followLink});
    }

    bool folder(const QByteArray &path, const QString &shown, const QByteArray &root,
                const struct stat &info)
    {
        if (m_folders.contains(idOf(info)))
            return true;
        m_folders.insert(idOf(info));
        const bool inGit = root.contains("/.git/") || root.endsWith("/.git");
        std::vector<Pending> stack{{path, shown, inGit}};
        while (!stack.empty()) {
            const Pending current = std::move(stack.back());
            stack.pop_back();
            std::vector<QByteArray> names;
            if (!list(current.path, &names)) {
                m_skip(current.shown, ScanSkip::Reason::Unreadable);
                continue;
            }
            // Backwards onto the stack, so that folders are walked in name order.
            std::vector<Pending> folders;
            for (const QByteArray &name : names) {
                const QByteArray childPath = current.path + '/' + name;
                const QString childShown = current.shown + u'/' + QFile::decodeName(name);
                const bool inGit = current.inGit || name == ".git";
                struct stat link;
                if (::lstat(childPath.constData(), &link) != 0) {
                    m_skip(childShown, ScanSkip::Reason::Unreadable);
                    continue;
                }
                struct stat target = link;
                bool viaLink = false;
                if (S_ISLNK(link.st_mode)) {
                    const std::optional<QByteArray> resolved = realPath(childPath);
                    if (!resolved || ::stat(resolved->constData(), &target) != 0) {
                        m_skip(childShown, ScanSkip::Reason::Unreadable);
                        continue;
                    }
                    if (!isInside(*resolved, root)) {
                        m_skip(childShown, ScanSkip::Reason::LinkOutside);
                        continue;
                    }
                    viaLink = true;
                }
                if (S_ISDIR(target.st_mode)) {
                    // Git's object store is compressed, and holds every old version of
                    // everything: not where a live copy sits.
                    if (current.inGit && (name == "objects" || name == "lfs"))
                        continue;
                    if (m_folders.contains(idOf(target)))
                        continue;
                    m_folders.insert(idOf(target));
                    folders.push_back({childPath, childShown, inGit});
                } else if (S_ISREG(target.st_mode)) {
                    if (!file(childPath, childShown, target, viaLink))
                        return false;
                }
                // Devices, FIFOs and sockets are not files anyone keeps a token in.
            }
            for (auto it = folders.rbegin(); it != folders.rend(); ++it)
                stack.push_back(std::move(*it));
        }
        return true;
    }

    static bool list(const QByteArray &path, std::vector<QByteArray> *names)
    {
        struct Closer
        {
            void operator()(DIR *dir) const { ::closedir(dir); }
        };
        const std::unique_ptr<DIR, Closer> dir(::opendir(path.constData()));
        if (!dir)
            return false;
        while (const dirent *entry = ::readdir(dir.get())) {
            const QByteArray name(entry->d_name);
            if (name != "." && name != "..")
                names->push_back(name);
        }
        std::sort(names->begin(), names->end());
        return true;
    }

    const ScanWalker::Visit &m_visit;
    const ScanWalker::Skip &m_skip;
    QSet<FileId> m_files;
    QSet<FileId> m_folders;
};

} // namespace

bool ScanWalker::walk(const QStringList &places, const Visit &visit, const Skip &skip)
{
    Walk walk(visit, skip);
    for (const QString &place : places) {
        if (!walk.place(place))
            return false;
    }
    return true;
}

} // namespace latchkey

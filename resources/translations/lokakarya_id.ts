<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ActivityEditor</name>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Satu pertanyaan per baris</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Metode</translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation>M&amp;enit</translation>
    </message>
    <message>
        <source>&amp;Grouping</source>
        <translation>Pen&amp;gelompokan</translation>
    </message>
    <message>
        <source>I&amp;nstructions</source>
        <translation>&amp;Instruksi</translation>
    </message>
    <message>
        <source>Guiding &amp;questions</source>
        <translation>Pe&amp;rtanyaan pemandu</translation>
    </message>
    <message>
        <source>Ma&amp;terials</source>
        <translation>Alat &amp;dan bahan</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>Opening</source>
        <translation>Pembukaan</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Ceramah</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Berbagi pengalaman</translation>
    </message>
    <message>
        <source>Case class</source>
        <translation>Kelas kasus</translation>
    </message>
    <message>
        <source>Working-group discussion</source>
        <translation>Diskusi kelompok kerja</translation>
    </message>
    <message>
        <source>Role play</source>
        <translation>Bermain peran</translation>
    </message>
    <message>
        <source>Game / energizer</source>
        <translation>Permainan / penyegar</translation>
    </message>
    <message>
        <source>Multimedia</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>Plenary report-back</source>
        <translation>Pleno</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksi</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Rehat</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Penutupan</translation>
    </message>
</context>
<context>
    <name>AgendaCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation>Tambah “%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Hapus “%1”</translation>
    </message>
    <message>
        <source>Move activity</source>
        <translation>Pindahkan kegiatan</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Ubah “%1”</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Geser ke &amp;atas</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Geser ke ba&amp;wah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Delete (undo with Ctrl+Z)</source>
        <translation>Hapus (urungkan dengan Ctrl+Z)</translation>
    </message>
    <message>
        <source>Removed…</source>
        <translation>Dihapus…</translation>
    </message>
    <message>
        <source>Bring back activities removed earlier</source>
        <translation>Kembalikan kegiatan yang dihapus sebelumnya</translation>
    </message>
    <message>
        <source>Selected activity</source>
        <translation>Kegiatan terpilih</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Hari %1 · %2</translation>
    </message>
    <message>
        <source>Facilitators: %1</source>
        <translation>Fasilitator: %1</translation>
    </message>
    <message>
        <source>This session has no days yet: edit its details.</source>
        <translation>Sesi ini belum memiliki hari pelaksanaan: ubah rincian sesinya.</translation>
    </message>
    <message>
        <source>⚠ Planned %1 of %2 available: the day overruns by %3 and ends at %4 instead of %5.</source>
        <translation>⚠ Direncanakan %1 dari %2 yang tersedia: hari ini melewati batas %3 dan berakhir pukul %4, bukan pukul %5.</translation>
    </message>
    <message>
        <source>Planned %1 of %2 available · %3 spare.</source>
        <translation>Direncanakan %1 dari %2 yang tersedia · sisa %3.</translation>
    </message>
    <message>
        <source>Removed “%1”. Undo with Ctrl+Z.</source>
        <translation>“%1” dihapus. Urungkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restore activities</source>
        <translation>Pulihkan kegiatan</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Ends after the day&apos;s end time</source>
        <translation>Berakhir melewati jam selesai hari ini</translation>
    </message>
</context>
<context>
    <name>AgendaTrashDialog</name>
    <message>
        <source>Removed activities</source>
        <translation>Kegiatan yang dihapus</translation>
    </message>
    <message>
        <source>Restored activities go back to the end of their day.</source>
        <translation>Kegiatan yang dipulihkan kembali ke akhir harinya.</translation>
    </message>
    <message>
        <source>Nothing has been removed from this session&apos;s agenda.</source>
        <translation>Belum ada kegiatan yang dihapus dari agenda sesi ini.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
</context>
<context>
    <name>DayRow</name>
    <message>
        <source>Remove day</source>
        <translation>Hapus hari</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
</context>
<context>
    <name>Grouping</name>
    <message>
        <source>Whole room</source>
        <translation>Seluruh peserta</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Berpasangan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your sessions…</source>
        <translation>Membuka sesi Anda…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Folder data: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>Sesi &amp;baru…</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Baru dari &amp;templat…</translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation>&amp;Rincian sesi…</translation>
    </message>
    <message>
        <source>Open &amp;backups folder</source>
        <translation>Buka folder &amp;cadangan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About Lokakarya</source>
        <translation>&amp;Tentang Lokakarya</translation>
    </message>
    <message>
        <source>The language changes the next time Lokakarya starts.</source>
        <translation>Bahasa akan berganti saat Lokakarya dibuka kembali.</translation>
    </message>
    <message>
        <source>About Lokakarya</source>
        <translation>Tentang Lokakarya</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lokakarya&lt;/b&gt; %1&lt;br&gt;Plan, run and record work-culture training sessions.&lt;br&gt;&lt;br&gt;Data folder: %2&lt;br&gt;Backups: %3</source>
        <translation>&lt;b&gt;Lokakarya&lt;/b&gt; %1&lt;br&gt;Rencanakan, jalankan, dan catat sesi pelatihan budaya kerja.&lt;br&gt;&lt;br&gt;Folder data: %2&lt;br&gt;Cadangan: %3</translation>
    </message>
</context>
<context>
    <name>MethodPanel</name>
    <message>
        <source>Method library</source>
        <translation>Pustaka metode</translation>
    </message>
    <message>
        <source>Filter methods…</source>
        <translation>Saring metode…</translation>
    </message>
    <message>
        <source>&amp;Add to agenda</source>
        <translation>&amp;Tambahkan ke agenda</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>Rincian sesi</translation>
    </message>
    <message>
        <source>e.g. BPMPT Kabupaten Kulon Progo</source>
        <translation>mis. BPMPT Kabupaten Kulon Progo</translation>
    </message>
    <message>
        <source>e.g. Wisma Dharmais Pengasih</source>
        <translation>mis. Wisma Dharmais Pengasih</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Satu nama per baris</translation>
    </message>
    <message>
        <source>One objective per line</source>
        <translation>Satu tujuan per baris</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Tambah hari</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Penyelenggara</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>&amp;Facilitators</source>
        <translation>&amp;Fasilitator</translation>
    </message>
    <message>
        <source>O&amp;bjectives</source>
        <translation>T&amp;ujuan</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;Bahasa laporan</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Search by title, organiser or venue…</source>
        <translation>Cari menurut judul, penyelenggara, atau tempat…</translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation>Lihat tempat sampah</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Bu&amp;ka</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>Sesi ba&amp;ru…</translation>
    </message>
    <message>
        <source>From &amp;template…</source>
        <translation>Dari &amp;templat…</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Ubah rincian…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplikat</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Pindahkan ke tempat sampah</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Pu&amp;lihkan</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Tempat sampah</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>No session matches this search.</source>
        <translation>Tidak ada sesi yang cocok dengan pencarian ini.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Tempat sampah kosong.</translation>
    </message>
    <message>
        <source>No sessions yet. Create one, or start from a template.</source>
        <translation>Belum ada sesi. Buat sesi baru, atau mulai dari templat.</translation>
    </message>
    <message>
        <source>Back to sessions</source>
        <translation>Kembali ke daftar sesi</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesi baru</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
    <message>
        <source>“%1” moved to the trash. Restore it from Show trash.</source>
        <translation>“%1” dipindahkan ke tempat sampah. Pulihkan melalui Lihat tempat sampah.</translation>
    </message>
    <message>
        <source>“%1” is back in the sessions list.</source>
        <translation>“%1” kembali ke daftar sesi.</translation>
    </message>
</context>
<context>
    <name>SessionsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Data file was damaged</source>
        <translation>Berkas data rusak</translation>
    </message>
    <message>
        <source>The data file could not be read and was moved aside to:
%1

Restore the newest good backup (%2)?</source>
        <translation>Berkas data tidak dapat dibaca dan telah dipindahkan ke:
%1

Pulihkan cadangan terbaru yang masih baik (%2)?</translation>
    </message>
    <message>
        <source>The data file could not be read and was moved aside to:
%1

Lokakarya starts with an empty store.</source>
        <translation>Berkas data tidak dapat dibaca dan telah dipindahkan ke:
%1

Lokakarya dimulai dengan penyimpanan kosong.</translation>
    </message>
    <message>
        <source>Lokakarya is already open</source>
        <translation>Lokakarya sudah terbuka</translation>
    </message>
    <message>
        <source>Another Lokakarya window (process %1) is already using the data folder
%2

Switch to that window, or close it and start again.</source>
        <translation>Jendela Lokakarya lain (proses %1) sedang menggunakan folder data
%2

Beralihlah ke jendela tersebut, atau tutup jendela itu lalu jalankan kembali.</translation>
    </message>
    <message>
        <source>Newer data file</source>
        <translation>Berkas data dari versi lebih baru</translation>
    </message>
    <message>
        <source>This data file was written by a newer version of Lokakarya. Please update the app; the file was left untouched.</source>
        <translation>Berkas data ini ditulis oleh Lokakarya versi yang lebih baru. Silakan perbarui aplikasi; berkas tersebut tidak diubah.</translation>
    </message>
    <message>
        <source>Lokakarya cannot start</source>
        <translation>Lokakarya tidak dapat dijalankan</translation>
    </message>
    <message>
        <source>%1

Details are in the log file in %2.</source>
        <translation>%1

Rinciannya ada di berkas log dalam %2.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New session from a template</source>
        <translation>Sesi baru dari templat</translation>
    </message>
    <message>
        <source>First &amp;day</source>
        <translation>&amp;Hari pertama</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Buat sesi</translation>
    </message>
    <message>
        <source>Choose a template:</source>
        <translation>Pilih templat:</translation>
    </message>
    <message>
        <source>%1 day(s), %2 activities, %3 planned</source>
        <translation>%1 hari, %2 kegiatan, %3 direncanakan</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please give the session a title.</source>
        <translation>Mohon beri judul untuk sesi ini.</translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation>Judul terlalu panjang (paling banyak %1 karakter).</translation>
    </message>
    <message>
        <source>A field is too long (at most %1 characters).</source>
        <translation>Ada isian yang terlalu panjang (paling banyak %1 karakter).</translation>
    </message>
    <message>
        <source>The text contains a control character (NUL).</source>
        <translation>Teks mengandung karakter kontrol (NUL).</translation>
    </message>
    <message>
        <source>The same date appears twice in the days list.</source>
        <translation>Tanggal yang sama muncul dua kali dalam daftar hari.</translation>
    </message>
    <message>
        <source>The day %1 ends before it starts: check its times.</source>
        <translation>Hari tanggal %1 berakhir sebelum dimulai: periksa jamnya.</translation>
    </message>
    <message>
        <source>A session needs at least one day.</source>
        <translation>Sesi memerlukan paling sedikit satu hari.</translation>
    </message>
    <message>
        <source>The input could not be accepted.</source>
        <translation>Isian tidak dapat diterima.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>unknown command: %1</source>
        <translation>perintah tidak dikenal: %1</translation>
    </message>
    <message>
        <source>unexpected error: %1 (details in the log in %2)</source>
        <translation>kesalahan tidak terduga: %1 (rinciannya ada di log dalam %2)</translation>
    </message>
    <message>
        <source>the store %1 is damaged; open the app to move it aside and restore a backup</source>
        <translation>penyimpanan %1 rusak; buka aplikasi untuk memindahkannya dan memulihkan cadangan</translation>
    </message>
    <message>
        <source>the store was written by a newer Lokakarya; please update the app</source>
        <translation>penyimpanan ditulis oleh Lokakarya versi lebih baru; silakan perbarui aplikasi</translation>
    </message>
    <message>
        <source>cannot open the data folder: %1</source>
        <translation>tidak dapat membuka folder data: %1</translation>
    </message>
</context>
</TS>

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
    <name>AgendaJp</name>
    <message>
        <source>Count “%1” toward JP</source>
        <translation>Hitung “%1” sebagai JP</translation>
    </message>
    <message>
        <source>Leave “%1” out of JP</source>
        <translation>Keluarkan “%1” dari JP</translation>
    </message>
    <message>
        <source>Counts toward JP (jam pelajaran)</source>
        <translation>Dihitung sebagai JP (jam pelajaran)</translation>
    </message>
    <message>
        <source>Breaks, ishoma and the opening and closing ceremonies count for nothing unless you tick them; learning activities count unless you untick them.</source>
        <translation>Rehat, ishoma, serta acara pembukaan dan penutupan tidak dihitung kecuali Anda mencentangnya; kegiatan belajar dihitung kecuali centangnya Anda hapus.</translation>
    </message>
    <message>
        <source>JP planned: %1 this day · %2 for the session (1 JP = %3 min).</source>
        <translation>JP direncanakan: %1 hari ini · %2 untuk seluruh pelatihan (1 JP = %3 menit).</translation>
    </message>
    <message>
        <source>Delivered this day: %1 JP.</source>
        <translation>Terlaksana hari ini: %1 JP.</translation>
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
    <name>AssignmentModel</name>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
</context>
<context>
    <name>ByRoleModel</name>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>Diperankan oleh</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>Whole room</source>
        <translation>Seluruh peserta</translation>
    </message>
    <message>
        <source>Who said it (optional)</source>
        <translation>Siapa yang mengatakan (opsional)</translation>
    </message>
    <message>
        <source>Your name, kept with every note you take</source>
        <translation>Nama Anda, disimpan bersama setiap catatan yang Anda buat</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Type what the group says, then press Enter to save it.</source>
        <translation>Ketik apa yang disampaikan kelompok, lalu tekan Enter untuk menyimpannya.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter save · Shift+Enter new line · Ctrl+1…9 group (Ctrl+0 whole room) · Alt+1…8 kind · Ctrl+T tag · Ctrl+K speaker · Ctrl+L activity · after saving, text, speaker and tags are cleared; activity, group and kind stay</source>
        <translation>Enter simpan · Shift+Enter baris baru · Ctrl+1…9 kelompok (Ctrl+0 seluruh peserta) · Alt+1…8 jenis · Ctrl+T label · Ctrl+K pembicara · Ctrl+L kegiatan · setelah disimpan, teks, pembicara, dan label dikosongkan; kegiatan, kelompok, dan jenis tetap</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Notulis</translation>
    </message>
    <message>
        <source>No particular activity</source>
        <translation>Tanpa kegiatan tertentu</translation>
    </message>
    <message>
        <source>Now capturing for: %1 · group: whole room · kind: %2</source>
        <translation>Sekarang mencatat untuk: %1 · kelompok: seluruh peserta · jenis: %2</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Kelompok %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Kelompok: %1</translation>
    </message>
    <message>
        <source>whole room</source>
        <translation>seluruh peserta</translation>
    </message>
    <message>
        <source>Saved · %1</source>
        <translation>Tersimpan · %1</translation>
    </message>
</context>
<context>
    <name>CaptureValidation</name>
    <message>
        <source>The note is empty: type something first.</source>
        <translation>Catatan masih kosong: ketik sesuatu terlebih dahulu.</translation>
    </message>
    <message>
        <source>The note is too long (%1 bytes; at most %2). Split it into several notes.</source>
        <translation>Catatan terlalu panjang (%1 byte; paling banyak %2). Pecah menjadi beberapa catatan.</translation>
    </message>
    <message>
        <source>The text contains a NUL control character; remove it.</source>
        <translation>Teks mengandung karakter kontrol NUL; hapus karakter tersebut.</translation>
    </message>
    <message>
        <source>The text contains a broken character (a lone surrogate); retype or remove it.</source>
        <translation>Teks mengandung karakter rusak (surrogate tunggal); ketik ulang atau hapus karakter tersebut.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1).</source>
        <translation>Teks terlalu panjang (paling banyak %1).</translation>
    </message>
    <message>
        <source>Too many tags (at most %1).</source>
        <translation>Terlalu banyak label (paling banyak %1).</translation>
    </message>
    <message>
        <source>“%1” is not a date: type e.g. 31/08/2025 or 2025-08-31.</source>
        <translation>“%1” bukan tanggal: ketik mis. 31/08/2025 atau 2025-08-31.</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>Ketik pertanyaannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>List the options, one per line.</source>
        <translation>Tuliskan pilihan-pilihannya, satu per baris.</translation>
    </message>
    <message>
        <source>An option is empty.</source>
        <translation>Ada pilihan yang kosong.</translation>
    </message>
    <message>
        <source>The option “%1” appears twice.</source>
        <translation>Pilihan “%1” muncul dua kali.</translation>
    </message>
    <message>
        <source>A count must be a whole number from 0 to %1.</source>
        <translation>Jumlah harus berupa bilangan bulat dari 0 sampai %1.</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name.</source>
        <translation>Ketik nama peserta.</translation>
    </message>
    <message>
        <source>This row comes from the answers on phones in the room and follows them; it cannot be edited here.</source>
        <translation>Baris ini berasal dari jawaban di ponsel peserta dan mengikutinya; tidak dapat diubah di sini.</translation>
    </message>
    <message>
        <source>The maximum score is not valid.</source>
        <translation>Nilai maksimum tidak valid.</translation>
    </message>
    <message>
        <source>A score must be between 0 and %1.</source>
        <translation>Nilai harus antara 0 dan %1.</translation>
    </message>
    <message>
        <source>“%1” is not a score: type a number such as 75 or 72,5.</source>
        <translation>“%1” bukan nilai: ketik angka seperti 75 atau 72,5.</translation>
    </message>
    <message>
        <source>The input could not be accepted.</source>
        <translation>Isian tidak dapat diterima.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Cerita:</translation>
    </message>
    <message>
        <source>Guiding questions (one per line):</source>
        <translation>Pertanyaan pemandu (satu per baris):</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Pelayanan</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integritas</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Akuntabilitas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Values it touches:</source>
        <translation>Nilai yang terkait:</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>Give this case to &amp;all groups</source>
        <translation>Berikan kasus ini ke &amp;semua kelompok</translation>
    </message>
    <message>
        <source>Add &amp;group…</source>
        <translation>Tambah &amp;kelompok…</translation>
    </message>
    <message>
        <source>The group&apos;s answer, as they present it…</source>
        <translation>Jawaban kelompok, sebagaimana dipresentasikan…</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Kegiatan:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Kasus:</translation>
    </message>
    <message>
        <source>Answers of:</source>
        <translation>Jawaban dari:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pertanyaan:</translation>
    </message>
    <message>
        <source>Answer from &amp;notes…</source>
        <translation>Jawaban dari &amp;catatan…</translation>
    </message>
    <message>
        <source>Use what the note-taker captured for this group during the activity</source>
        <translation>Pakai apa yang dicatat notulis untuk kelompok ini selama kegiatan</translation>
    </message>
    <message>
        <source>— no case —</source>
        <translation>— tanpa kasus —</translation>
    </message>
    <message>
        <source>Case for %1</source>
        <translation>Kasus untuk %1</translation>
    </message>
    <message>
        <source>No groups yet: form groups on the People page, or add one.</source>
        <translation>Belum ada kelompok: bentuk kelompok di halaman Peserta, atau tambahkan satu kelompok.</translation>
    </message>
    <message>
        <source>Same case for all groups</source>
        <translation>Kasus yang sama untuk semua kelompok</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>This answer is too long or contains a control character; it was not saved.</source>
        <translation>Jawaban ini terlalu panjang atau mengandung karakter kontrol; jawaban tidak disimpan.</translation>
    </message>
    <message>
        <source>Answer of %1</source>
        <translation>Jawaban %1</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Tambah kelompok</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Nama kelompok:</translation>
    </message>
    <message>
        <source>A group needs a name of at most %1 characters.</source>
        <translation>Kelompok harus diberi nama, paling banyak %1 karakter.</translation>
    </message>
</context>
<context>
    <name>CastingModel</name>
    <message>
        <source>Cast</source>
        <translation>Pemeran</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Putaran %1</translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <source>Certificate settings</source>
        <translation>Pengaturan sertifikat</translation>
    </message>
    <message>
        <source>printed under the institution when no kop</source>
        <translation>dicetak di bawah nama instansi bila tanpa kop</translation>
    </message>
    <message>
        <source>the organiser when empty</source>
        <translation>penyelenggara bila kosong</translation>
    </message>
    <message>
        <source>the venue when empty</source>
        <translation>tempat kegiatan bila kosong</translation>
    </message>
    <message>
        <source>{no} is the running number (never used twice; {no:03} writes 001), {org} the office code, {year} and {month} (in roman numerals) the date of issue.</source>
        <translation>{no} adalah nomor urut (tidak pernah dipakai dua kali; {no:03} menulis 001), {org} kode kantor, {year} dan {month} (angka Romawi) tanggal terbit.</translation>
    </message>
    <message>
        <source>Number &amp;pattern</source>
        <translation>&amp;Pola nomor</translation>
    </message>
    <message>
        <source>Office &amp;code ({org})</source>
        <translation>&amp;Kode kantor ({org})</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Nomor berikutnya</translation>
    </message>
    <message>
        <source>Issuing &amp;institution</source>
        <translation>&amp;Instansi penerbit</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>Place of &amp;signing</source>
        <translation>Tempat &amp;penandatanganan</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name</source>
        <translation>&amp;Nama penanda tangan</translation>
    </message>
    <message>
        <source>Signatory&apos;s p&amp;osition</source>
        <translation>&amp;Jabatan penanda tangan</translation>
    </message>
    <message>
        <source>Signatory&apos;s NI&amp;P</source>
        <translation>NI&amp;P penanda tangan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>%1 (for example)</source>
        <translation>%1 (contoh)</translation>
    </message>
</context>
<context>
    <name>CheckInDesk</name>
    <message>
        <source>%1 is already present.</source>
        <translation>%1 sudah hadir.</translation>
    </message>
    <message>
        <source>%1 is not present.</source>
        <translation>%1 tidak tercatat hadir.</translation>
    </message>
    <message>
        <source>%1 is present.</source>
        <translation>%1 hadir.</translation>
    </message>
    <message>
        <source>%1 is marked absent.</source>
        <translation>%1 ditandai tidak hadir.</translation>
    </message>
    <message>
        <source>%1 people match: type more of the name, or pick one with ↑/↓.</source>
        <translation>%1 orang cocok: ketik lebih banyak dari namanya, atau pilih satu dengan ↑/↓.</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Type a name, NIP or institution; Enter marks the one match present</source>
        <translation>Ketik nama, NIP, atau instansi; Enter menandai hadir satu-satunya yang cocok</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Print &amp;attendance sheet…</source>
        <translation>Cetak &amp;daftar hadir…</translation>
    </message>
    <message>
        <source>Print &amp;name cards…</source>
        <translation>Cetak &amp;kartu nama…</translation>
    </message>
    <message>
        <source>Mark &amp;absent</source>
        <translation>Tandai &amp;tidak hadir</translation>
    </message>
    <message>
        <source>The highlighted person was checked in by mistake</source>
        <translation>Orang yang disorot tercatat hadir karena keliru</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>%1 dari %2 hadir</translation>
    </message>
    <message>
        <source>(no institution)</source>
        <translation>(tanpa instansi)</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Behaviour</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Score (1–4)</source>
        <translation>Skor (1–4)</translation>
    </message>
</context>
<context>
    <name>Chime</name>
    <message>
        <source>No sound device found: the timer runs visual-only (no chime).</source>
        <translation>Perangkat suara tidak ditemukan: timer hanya berjalan secara visual (tanpa bunyi lonceng).</translation>
    </message>
</context>
<context>
    <name>CommitmentOwner</name>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <source>Group or participant</source>
        <translation>Kelompok atau peserta</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Question %1</source>
        <translation>Pertanyaan %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>Side by side for the plenary</source>
        <translation>Perbandingan untuk pleno</translation>
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
    <name>DayRunModel</name>
    <message>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>on now</source>
        <translation>sedang berjalan</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
</context>
<context>
    <name>DebriefPanel</name>
    <message>
        <source>What the room said in the debrief…</source>
        <translation>Apa yang disampaikan peserta saat refleksi…</translation>
    </message>
    <message>
        <source>What happened in this round…</source>
        <translation>Apa yang terjadi di putaran ini…</translation>
    </message>
    <message>
        <source>Debrief notes for the whole role play:</source>
        <translation>Catatan refleksi untuk keseluruhan bermain peran:</translation>
    </message>
    <message>
        <source>Notes for round %1:</source>
        <translation>Catatan putaran %1:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>These notes are too long or contain a control character; they were not saved.</source>
        <translation>Catatan ini terlalu panjang atau mengandung karakter kontrol; catatan tidak disimpan.</translation>
    </message>
    <message>
        <source>Edit debrief notes</source>
        <translation>Ubah catatan refleksi</translation>
    </message>
</context>
<context>
    <name>DocumentOptions</name>
    <message>
        <source>Documents (PDF)</source>
        <translation>Dokumen (PDF)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
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
        <source>Language of the report</source>
        <translation>Bahasa laporan</translation>
    </message>
    <message>
        <source>The honorarium per JP your agency pays; Lokakarya has no rates built in.</source>
        <translation>Honorarium per JP yang dibayarkan instansi Anda; Lokakarya tidak memuat tarif bawaan.</translation>
    </message>
    <message>
        <source>Rate per JP</source>
        <translation>Tarif per JP</translation>
    </message>
    <message>
        <source>printed under the organiser when no kop</source>
        <translation>dicetak di bawah penyelenggara bila tanpa kop</translation>
    </message>
    <message>
        <source>The agency&apos;s address, saved for the session: the berita acara, the honorarium list and the certificates print the same one.</source>
        <translation>Alamat instansi, disimpan untuk sesi ini: berita acara, daftar honorarium, dan sertifikat mencetak alamat yang sama.</translation>
    </message>
    <message>
        <source>Agency address</source>
        <translation>Alamat instansi</translation>
    </message>
    <message>
        <source>A berita acara for the whole session, or for one day only.</source>
        <translation>Berita acara untuk seluruh sesi, atau untuk satu hari saja.</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Mencakup</translation>
    </message>
    <message>
        <source>Letterhead (kop surat)</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Letterhead (kop)</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>Seluruh sesi (semua hari)</translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation>Hari ke-%1: %2</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Session report (summary)</source>
        <translation>Laporan sesi (ringkasan)</translation>
    </message>
    <message>
        <source>Official activity report</source>
        <translation>Laporan pelaksanaan kegiatan</translation>
    </message>
    <message>
        <source>Berita acara (minutes, one page)</source>
        <translation>Berita acara (satu halaman)</translation>
    </message>
    <message>
        <source>Honorarium receipt list</source>
        <translation>Daftar penerimaan honorarium</translation>
    </message>
    <message>
        <source>report</source>
        <translation>laporan</translation>
    </message>
    <message>
        <source>official report</source>
        <translation>laporan pelaksanaan</translation>
    </message>
    <message>
        <source>berita acara</source>
        <translation>berita acara</translation>
    </message>
    <message>
        <source>honorarium</source>
        <translation>honorarium</translation>
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
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi masalah</translation>
    </message>
    <message>
        <source>Lokakarya ran into a problem it did not expect: %1

Everything you saved before is safe. The details were written to the log file:
%2

If this happens again, please send that file to your support.</source>
        <translation>Lokakarya mengalami masalah yang tidak terduga: %1

Semua yang sudah Anda simpan sebelumnya aman. Rinciannya ditulis ke berkas log:
%2

Jika ini terjadi lagi, kirimkan berkas tersebut kepada tim dukungan Anda.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>%1

Details are in the log file:
%2</source>
        <translation>%1

Rinciannya ada di berkas log:
%2</translation>
    </message>
    <message>
        <source>The disk is full, so Lokakarya could not save this change. What you typed is still there and everything saved before is safe. Free some space (empty the recycle bin, move large files away) and save again.</source>
        <translation>Disk penuh, sehingga Lokakarya tidak dapat menyimpan perubahan ini. Yang Anda ketik masih ada dan semua yang tersimpan sebelumnya aman. Kosongkan sebagian ruang (kosongkan recycle bin, pindahkan berkas besar) lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Lokakarya may not write to its data folder, so this change was not saved. Check that the folder is not read-only and the USB disk is still connected, then save again.</source>
        <translation>Lokakarya tidak diizinkan menulis ke folder datanya, sehingga perubahan ini tidak tersimpan. Pastikan folder tersebut tidak hanya-baca dan diska USB masih terhubung, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Lokakarya was not allowed to write there: %1. Choose another folder or check its permissions.</source>
        <translation>Lokakarya tidak diizinkan menulis di sana: %1. Pilih folder lain atau periksa izin aksesnya.</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Reaction questionnaire</source>
        <translation>Kuesioner reaksi</translation>
    </message>
    <message>
        <source>Pre/post test</source>
        <translation>Pre-test/post-test</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>the bundle file %1 does not exist</source>
        <translation>berkas paket %1 tidak ada</translation>
    </message>
    <message>
        <source>this file is not a Lokakarya bundle (%1)</source>
        <translation>berkas ini bukan paket Lokakarya (%1)</translation>
    </message>
    <message>
        <source>the bundle holds a link or folder (%1); nothing was imported</source>
        <translation>paket berisi tautan atau folder (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle&apos;s data is damaged (%1); nothing was imported</source>
        <translation>data dalam paket rusak (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle was made by a newer Lokakarya; please update the app</source>
        <translation>paket dibuat oleh Lokakarya versi lebih baru; silakan perbarui aplikasi</translation>
    </message>
    <message>
        <source>the bundle holds data this version does not know (%1); please update the app</source>
        <translation>paket berisi data yang tidak dikenal oleh versi ini (%1); silakan perbarui aplikasi</translation>
    </message>
    <message>
        <source>the bundle refers to records it does not hold (%1); nothing was imported</source>
        <translation>paket merujuk ke data yang tidak ada di dalamnya (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle holds an impossible value in %1 (%2); nothing was imported</source>
        <translation>paket berisi nilai yang mustahil di %1 (%2); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the session %1 does not exist</source>
        <translation>sesi %1 tidak ada</translation>
    </message>
    <message>
        <source>the bundle is larger than a bundle can be (%1); nothing was imported</source>
        <translation>paket lebih besar daripada ukuran paket yang mungkin (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle inflates to far more than it holds, like a zip bomb (%1); nothing was imported</source>
        <translation>paket mengembang jauh melebihi isinya, seperti bom zip (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle holds an unexpected member %1; nothing was imported</source>
        <translation>paket berisi anggota tak terduga %1; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle lacks its member %1; nothing was imported</source>
        <translation>paket tidak memuat anggotanya %1; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle holds the member %1 twice; nothing was imported</source>
        <translation>paket memuat anggota %1 dua kali; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle holds a member with a path that points elsewhere (%1); nothing was imported</source>
        <translation>paket berisi anggota dengan jalur yang menunjuk ke tempat lain (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle&apos;s member %1 is encrypted; nothing was imported</source>
        <translation>anggota paket %1 terenkripsi; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle&apos;s member %1 is compressed in an unknown way; nothing was imported</source>
        <translation>anggota paket %1 dimampatkan dengan cara yang tidak dikenal; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle&apos;s data names the field %1 twice; nothing was imported</source>
        <translation>data paket menyebut kolom %1 dua kali; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle&apos;s data holds a value that is not a number (%1); nothing was imported</source>
        <translation>data paket memuat nilai yang bukan angka (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle&apos;s data is nested too deeply (%1); nothing was imported</source>
        <translation>data paket bersarang terlalu dalam (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle&apos;s description (manifest) is not valid (%1); nothing was imported</source>
        <translation>keterangan paket (manifest) tidak valid (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle&apos;s data has the wrong shape (%1); nothing was imported</source>
        <translation>bentuk data paket salah (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>a record in the bundle lacks a required field (%1); nothing was imported</source>
        <translation>sebuah data dalam paket tidak memuat kolom wajib (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>a value in the bundle is not of the right kind (%1); nothing was imported</source>
        <translation>sebuah nilai dalam paket jenisnya tidak sesuai (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>a date and time in the bundle cannot be read (%1); nothing was imported</source>
        <translation>tanggal dan waktu dalam paket tidak dapat dibaca (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle&apos;s list of left-out fields does not match its records (%1); nothing was imported</source>
        <translation>daftar kolom yang dihilangkan dalam paket tidak cocok dengan datanya (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle holds the same record twice (%1); nothing was imported</source>
        <translation>paket memuat data yang sama dua kali (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle holds a record of a session other than its own (%1); nothing was imported</source>
        <translation>paket memuat data dari sesi selain sesinya sendiri (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle does not hold the session it names (%1); nothing was imported</source>
        <translation>paket tidak memuat sesi yang disebutnya (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>a record in the bundle would overwrite another session on this laptop (%1); nothing was imported</source>
        <translation>sebuah data dalam paket akan menimpa sesi lain di laptop ini (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>a record in the bundle refers to another session&apos;s data on this laptop (%1); nothing was imported</source>
        <translation>sebuah data dalam paket merujuk ke data sesi lain di laptop ini (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the bundle is not valid (%1); nothing was imported</source>
        <translation>paket tidak valid (%1); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>bukan teks</translation>
    </message>
    <message>
        <source>text with a NUL character</source>
        <translation>teks berisi karakter NUL</translation>
    </message>
    <message>
        <source>text with a broken character</source>
        <translation>teks berisi karakter rusak</translation>
    </message>
    <message>
        <source>text too long</source>
        <translation>teks terlalu panjang</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>teks kosong</translation>
    </message>
    <message>
        <source>a value this version does not know</source>
        <translation>nilai yang tidak dikenal versi ini</translation>
    </message>
    <message>
        <source>not an identifier</source>
        <translation>bukan pengenal yang sah</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>bukan tanggal yang ada</translation>
    </message>
    <message>
        <source>not a time of day</source>
        <translation>bukan jam yang sah</translation>
    </message>
    <message>
        <source>not a real moment in time</source>
        <translation>bukan waktu yang sah</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>bukan angka</translation>
    </message>
    <message>
        <source>a number out of range</source>
        <translation>angka di luar batas</translation>
    </message>
    <message>
        <source>damaged list data</source>
        <translation>data daftar rusak</translation>
    </message>
    <message>
        <source>list data of the wrong shape</source>
        <translation>data daftar dengan bentuk yang salah</translation>
    </message>
    <message>
        <source>a day that ends before it starts</source>
        <translation>hari yang berakhir sebelum dimulai</translation>
    </message>
    <message>
        <source>a photo larger than the app keeps</source>
        <translation>foto yang lebih besar dari yang disimpan aplikasi</translation>
    </message>
    <message>
        <source>a damaged photo</source>
        <translation>foto yang rusak</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image</source>
        <translation>%1 bukan gambar PNG atau JPEG</translation>
    </message>
    <message>
        <source>the image %1 is too large (at most 20 MB, 40 megapixels)</source>
        <translation>gambar %1 terlalu besar (paling besar 20 MB, 40 megapiksel)</translation>
    </message>
    <message>
        <source>the image %1 is damaged and cannot be read</source>
        <translation>gambar %1 rusak dan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>%1 is not an image file on this computer</source>
        <translation>%1 bukan berkas gambar di komputer ini</translation>
    </message>
    <message>
        <source>the photo is not a file on this computer</source>
        <translation>foto tersebut bukan berkas di komputer ini</translation>
    </message>
    <message>
        <source>the photo is too large (at most 40 MB and 80 megapixels)</source>
        <translation>foto terlalu besar (paling besar 40 MB dan 80 megapiksel)</translation>
    </message>
    <message>
        <source>a session keeps at most 30 photos; remove one before adding another</source>
        <translation>satu sesi menyimpan paling banyak 30 foto; hapus satu foto sebelum menambah yang lain</translation>
    </message>
    <message>
        <source>the file is not a photo Lokakarya can read (JPEG, PNG, WebP)</source>
        <translation>berkas ini bukan foto yang dapat dibaca Lokakarya (JPEG, PNG, WebP)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: %2 ditambahkan, %3 diperbarui, %4 tidak berubah</translation>
    </message>
    <message>
        <source>records with an edit time in the future (a clock set wrong?): %1; none of them replaced a record here, new ones were stored as edited now</source>
        <translation>data dengan waktu sunting di masa depan (jam salah setel?): %1; tidak satu pun menggantikan data di sini, data baru disimpan sebagai disunting sekarang</translation>
    </message>
    <message>
        <source>The bundle “%1” was merged. Added %2, updated %3, unchanged %4.</source>
        <translation>Paket “%1” telah digabungkan. Ditambahkan %2, diperbarui %3, tidak berubah %4.</translation>
    </message>
</context>
<context>
    <name>FormGroupsDialog</name>
    <message>
        <source>Form groups</source>
        <translation>Bentuk kelompok</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>Seluruh sesi</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Jumlah kelompok</translation>
    </message>
    <message>
        <source>People per group</source>
        <translation>Orang per kelompok</translation>
    </message>
    <message>
        <source>Spread institutions evenly</source>
        <translation>Sebarkan instansi secara merata</translation>
    </message>
    <message>
        <source>Spread men and women evenly</source>
        <translation>Sebarkan laki-laki dan perempuan secara merata</translation>
    </message>
    <message>
        <source>Spread positions evenly</source>
        <translation>Sebarkan jabatan secara merata</translation>
    </message>
    <message>
        <source>Avoid pairs who were already together</source>
        <translation>Hindari pasangan yang sudah pernah satu kelompok</translation>
    </message>
    <message>
        <source>The same seed with the same people gives the same groups</source>
        <translation>Kode acak yang sama dengan orang yang sama menghasilkan kelompok yang sama</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Kode acak baru</translation>
    </message>
    <message>
        <source>Groups &amp;for</source>
        <translation>Kelompok &amp;untuk</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Seimbangkan</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>&amp;Kode acak</translation>
    </message>
    <message>
        <source>Find people…</source>
        <translation>Cari orang…</translation>
    </message>
    <message>
        <source>Keep &amp;together</source>
        <translation>Tetap ber&amp;sama</translation>
    </message>
    <message>
        <source>Keep &amp;apart</source>
        <translation>Tetap &amp;terpisah</translation>
    </message>
    <message>
        <source>Remove lock</source>
        <translation>Hapus aturan</translation>
    </message>
    <message>
        <source>Locks (select two or more people)</source>
        <translation>Aturan penempatan (pilih dua orang atau lebih)</translation>
    </message>
    <message>
        <source>&amp;Form groups</source>
        <translation>Be&amp;ntuk kelompok</translation>
    </message>
    <message>
        <source>%1 people present: too few for %2 groups.</source>
        <translation>%1 orang hadir: terlalu sedikit untuk %2 kelompok.</translation>
    </message>
    <message>
        <source>%1 people present → %2 groups of %3</source>
        <translation>%1 orang hadir → %2 kelompok berisi %3 orang</translation>
    </message>
    <message>
        <source>Select two or more people for a lock.</source>
        <translation>Pilih dua orang atau lebih untuk membuat aturan.</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>Bersama: %1</translation>
    </message>
    <message>
        <source>Apart: %1</source>
        <translation>Terpisah: %1</translation>
    </message>
</context>
<context>
    <name>GamesTab</name>
    <message>
        <source>Add &amp;team…</source>
        <translation>Tambah &amp;tim…</translation>
    </message>
    <message>
        <source>Show leaderboard on &amp;projector</source>
        <translation>Tampilkan papan skor di &amp;proyektor</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Kegiatan:</translation>
    </message>
    <message>
        <source>Game:</source>
        <translation>Permainan:</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Jumlah putaran:</translation>
    </message>
    <message>
        <source>Type points in a round&apos;s cell; an empty cell clears them.</source>
        <translation>Ketik poin di sel putaran; mengosongkan sel akan menghapus poinnya.</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Papan skor</translation>
    </message>
    <message>
        <source>Scoring: %1</source>
        <translation>Penilaian: %1</translation>
    </message>
    <message>
        <source>Materials: %1</source>
        <translation>Alat dan bahan: %1</translation>
    </message>
    <message>
        <source>Choose the game this activity plays.</source>
        <translation>Pilih permainan untuk kegiatan ini.</translation>
    </message>
    <message>
        <source>Play “%1”</source>
        <translation>Mainkan “%1”</translation>
    </message>
    <message>
        <source>Change the number of rounds</source>
        <translation>Ubah jumlah putaran</translation>
    </message>
    <message>
        <source>Points for %1</source>
        <translation>Poin untuk %1</translation>
    </message>
    <message>
        <source>%1, round %2: %3</source>
        <translation>%1, putaran %2: %3</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Tambah tim</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>Nama tim:</translation>
    </message>
    <message>
        <source>A team needs a name of at most %1 characters.</source>
        <translation>Tim harus diberi nama, paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 poin</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 poin</translation>
    </message>
    <message>
        <source>The leaderboard is on the projector.</source>
        <translation>Papan skor ditampilkan di proyektor.</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>M</source>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <translation>P</translation>
    </message>
</context>
<context>
    <name>GroupColumn</name>
    <message>
        <source>%1 people</source>
        <translation>%1 orang</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <source>Rename this group, e.g. after a BerAKHLAK value</source>
        <translation>Ganti nama kelompok ini, mis. dengan nama nilai BerAKHLAK</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Ketik nama…</translation>
    </message>
</context>
<context>
    <name>GroupNamesEditor</name>
    <message>
        <source>One group per line</source>
        <translation>Satu kelompok per baris</translation>
    </message>
    <message>
        <source>&amp;Number the groups</source>
        <translation>&amp;Beri nomor kelompok</translation>
    </message>
    <message>
        <source>Number of groups:</source>
        <translation>Jumlah kelompok:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Kelompok:</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Kelompok %1</translation>
    </message>
</context>
<context>
    <name>GroupTimersModel</name>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (selesai)</translation>
    </message>
</context>
<context>
    <name>GroupWorkPanel</name>
    <message>
        <source>Report-back rounds…</source>
        <translation>Giliran presentasi…</translation>
    </message>
    <message>
        <source>Group timers…</source>
        <translation>Timer kelompok…</translation>
    </message>
    <message>
        <source>◀ Previous group (Shift+G)</source>
        <translation>◀ Kelompok sebelumnya (Shift+G)</translation>
    </message>
    <message>
        <source>Next group (G) ▶</source>
        <translation>Kelompok berikutnya (G) ▶</translation>
    </message>
    <message>
        <source>End rounds</source>
        <translation>Akhiri giliran</translation>
    </message>
    <message>
        <source>+1 min for the selected group</source>
        <translation>+1 mnt untuk kelompok terpilih</translation>
    </message>
    <message>
        <source>Selected group done</source>
        <translation>Kelompok terpilih selesai</translation>
    </message>
    <message>
        <source>End group timers</source>
        <translation>Akhiri timer kelompok</translation>
    </message>
    <message>
        <source>Put an activity on first (Space or N).</source>
        <translation>Jalankan sebuah kegiatan terlebih dahulu (Space atau N).</translation>
    </message>
    <message>
        <source>Select a group in the list first.</source>
        <translation>Pilih kelompok di daftar terlebih dahulu.</translation>
    </message>
    <message>
        <source>Presenting: &lt;b&gt;%1&lt;/b&gt; (%2 of %3)</source>
        <translation>Presentasi: &lt;b&gt;%1&lt;/b&gt; (%2 dari %3)</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>berikutnya: %1</translation>
    </message>
    <message>
        <source>Report-back order</source>
        <translation>Urutan presentasi</translation>
    </message>
    <message>
        <source>Group timers</source>
        <translation>Timer kelompok</translation>
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
    <message>
        <source>Choose at least 1.</source>
        <translation>Pilih paling sedikit 1.</translation>
    </message>
    <message>
        <source>Nobody is present to put into groups.</source>
        <translation>Tidak ada orang hadir yang dapat dikelompokkan.</translation>
    </message>
    <message>
        <source>There are more groups than people present.</source>
        <translation>Jumlah kelompok lebih banyak daripada orang yang hadir.</translation>
    </message>
    <message>
        <source>A keep-together lock has more people than fit in one group.</source>
        <translation>Aturan “tetap bersama” berisi lebih banyak orang daripada yang muat dalam satu kelompok.</translation>
    </message>
    <message>
        <source>Two people are both kept together and kept apart.</source>
        <translation>Ada dua orang yang diatur tetap bersama sekaligus tetap terpisah.</translation>
    </message>
    <message>
        <source>The locks cannot all be met with this number of groups.</source>
        <translation>Tidak semua aturan penempatan dapat dipenuhi dengan jumlah kelompok ini.</translation>
    </message>
    <message>
        <source>The groups cannot be formed.</source>
        <translation>Kelompok tidak dapat dibentuk.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>The whole session</source>
        <translation>Seluruh sesi</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Hari %1 · %2</translation>
    </message>
    <message>
        <source>Only the %1 people checked in today are grouped.</source>
        <translation>Hanya %1 orang yang sudah presensi hari ini yang dikelompokkan.</translation>
    </message>
    <message>
        <source>Nobody is checked in for this day yet: everyone on the list is grouped.</source>
        <translation>Belum ada yang presensi untuk hari ini: semua orang dalam daftar dikelompokkan.</translation>
    </message>
    <message>
        <source>Formed %1 groups (seed %2).</source>
        <translation>%1 kelompok terbentuk (kode acak %2).</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Ganti nama kelompok</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nama kelompok</translation>
    </message>
    <message>
        <source>Print group cards</source>
        <translation>Cetak kartu kelompok</translation>
    </message>
    <message>
        <source>Save group cards</source>
        <translation>Simpan kartu kelompok</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Form groups…</source>
        <translation>&amp;Bentuk kelompok…</translation>
    </message>
    <message>
        <source>Re-&amp;shuffle</source>
        <translation>&amp;Acak ulang</translation>
    </message>
    <message>
        <source>New groups with the same rules and a new seed; the old ones stay in history</source>
        <translation>Kelompok baru dengan aturan yang sama dan kode acak baru; kelompok lama tetap tersimpan di riwayat</translation>
    </message>
    <message>
        <source>Print group &amp;cards…</source>
        <translation>Cetak &amp;kartu kelompok…</translation>
    </message>
    <message>
        <source>Drag a name onto another group to move it. Ctrl+Z undoes.</source>
        <translation>Seret nama ke kelompok lain untuk memindahkannya. Ctrl+Z untuk mengurungkan.</translation>
    </message>
    <message>
        <source>Groups for</source>
        <translation>Kelompok untuk</translation>
    </message>
    <message>
        <source>No groups yet. Form groups… puts the people present into groups.</source>
        <translation>Belum ada kelompok. Bentuk kelompok… membagi orang yang hadir ke dalam kelompok.</translation>
    </message>
    <message>
        <source>%1 groups · %2 people · formed %3 · seed %4</source>
        <translation>%1 kelompok · %2 orang · dibentuk %3 · kode acak %4</translation>
    </message>
    <message>
        <source>%1 formations in this session so far</source>
        <translation>Sejauh ini %1 kali pembentukan kelompok di sesi ini</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>The saved letterhead %1 is no longer there; choose it again.</source>
        <translation>Kop surat yang tersimpan, %1, sudah tidak ada; pilih lagi.</translation>
    </message>
    <message>
        <source>The saved logo %1 is no longer there; choose it again.</source>
        <translation>Logo yang tersimpan, %1, sudah tidak ada; pilih lagi.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue certificates</source>
        <translation>Terbitkan sertifikat</translation>
    </message>
    <message>
        <source>%1 participants completed the training. Each gets a certificate with a number from the register; issuing again keeps their numbers, and a corrected certificate keeps its number with a revision mark.</source>
        <translation>%1 peserta tuntas mengikuti pelatihan. Masing-masing mendapat sertifikat bernomor dari register; penerbitan ulang tetap memakai nomor yang sama, dan sertifikat yang dikoreksi tetap bernomor sama dengan tanda revisi.</translation>
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
        <source>All in one PDF file</source>
        <translation>Semua dalam satu berkas PDF</translation>
    </message>
    <message>
        <source>One PDF file per person, in a folder</source>
        <translation>Satu berkas PDF per orang, dalam satu folder</translation>
    </message>
    <message>
        <source>Letterhead (kop surat)</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Date of issue</source>
        <translation>&amp;Tanggal terbit</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Letterhead (kop)</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Terbitkan…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>JpTab</name>
    <message>
        <source>Change the JP settings</source>
        <translation>Ubah pengaturan JP</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>1 JP =</source>
        <translation>1 JP =</translation>
    </message>
    <message>
        <source>Completed with at least</source>
        <translation>Tuntas bila hadir sekurang-kurangnya</translation>
    </message>
    <message>
        <source>of the training&apos;s JP attended</source>
        <translation>dari JP pelatihan</translation>
    </message>
    <message>
        <source>Certificate settings…</source>
        <translation>Pengaturan sertifikat…</translation>
    </message>
    <message>
        <source>Issue certificates…</source>
        <translation>Terbitkan sertifikat…</translation>
    </message>
    <message>
        <source>Verify a certificate…</source>
        <translation>Periksa keaslian sertifikat…</translation>
    </message>
    <message>
        <source>Planned: %1 JP. %2 of %3 participants completed.</source>
        <translation>Direncanakan: %1 JP. %2 dari %3 peserta tuntas.</translation>
    </message>
    <message>
        <source>Delivered so far: %1 JP (days not yet run count as planned).</source>
        <translation>Terlaksana sejauh ini: %1 JP (hari yang belum berjalan dihitung sesuai rencana).</translation>
    </message>
    <message>
        <source>Attendance has not been taken yet (Check-in tab).</source>
        <translation>Presensi belum diambil (tab Presensi).</translation>
    </message>
    <message>
        <source>JP are credited per day present.</source>
        <translation>JP diberikan per hari kehadiran.</translation>
    </message>
    <message>
        <source>The address is too long to print.</source>
        <translation>Alamat terlalu panjang untuk dicetak.</translation>
    </message>
    <message>
        <source>Certificate settings saved.</source>
        <translation>Pengaturan sertifikat disimpan.</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Folder untuk sertifikat</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Simpan sertifikat</translation>
    </message>
    <message>
        <source>%1 - certificates.pdf</source>
        <translation>%1 - sertifikat.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Menulis sertifikat…</translation>
    </message>
    <message>
        <source>%1 certificates saved to %2</source>
        <translation>%1 sertifikat disimpan ke %2</translation>
    </message>
    <message>
        <source>JP and certificates</source>
        <translation>JP dan sertifikat</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revisi %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Berkas tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1 (details are in the log)</source>
        <translation>Terjadi kesalahan: %1 (rinciannya ada di log)</translation>
    </message>
</context>
<context>
    <name>JpTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>JP credited</source>
        <translation>JP diperoleh</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tuntas</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
</context>
<context>
    <name>LibraryButtons</name>
    <message>
        <source>New…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Built-in items are read-only: duplicate to edit.</source>
        <translation>Item bawaan hanya dapat dibaca: buat duplikatnya untuk mengubah.</translation>
    </message>
    <message>
        <source>New library item</source>
        <translation>Item pustaka baru</translation>
    </message>
    <message>
        <source>Duplicate library item</source>
        <translation>Duplikat item pustaka</translation>
    </message>
    <message>
        <source>Edit library item</source>
        <translation>Ubah item pustaka</translation>
    </message>
    <message>
        <source>Remove library item</source>
        <translation>Hapus item pustaka</translation>
    </message>
</context>
<context>
    <name>LibraryEditor</name>
    <message>
        <source>Please give it a title in at least one language.</source>
        <translation>Beri judul setidaknya dalam satu bahasa.</translation>
    </message>
    <message>
        <source>A scenario needs at least one role.</source>
        <translation>Skenario memerlukan setidaknya satu peran.</translation>
    </message>
    <message>
        <source>A case needs at least one guiding question.</source>
        <translation>Kasus memerlukan setidaknya satu pertanyaan pemandu.</translation>
    </message>
    <message>
        <source>Two roles have the same name.</source>
        <translation>Dua peran memiliki nama yang sama.</translation>
    </message>
    <message>
        <source>A text is too long.</source>
        <translation>Ada teks yang terlalu panjang.</translation>
    </message>
    <message>
        <source>A text contains a control character (NUL).</source>
        <translation>Ada teks yang berisi karakter kendali (NUL).</translation>
    </message>
    <message>
        <source>Too many guiding questions (at most 20).</source>
        <translation>Terlalu banyak pertanyaan pemandu (paling banyak 20).</translation>
    </message>
    <message>
        <source>The input could not be accepted.</source>
        <translation>Isian tidak dapat diterima.</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
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
        <source>&amp;Restore backup…</source>
        <translation>&amp;Pulihkan cadangan…</translation>
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
    <name>MethodsPage</name>
    <message>
        <source>Role play</source>
        <translation>Bermain peran</translation>
    </message>
    <message>
        <source>Case class</source>
        <translation>Kelas kasus</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Permainan</translation>
    </message>
    <message>
        <source>Day %1 · %2 · %3</source>
        <translation>Hari %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>NameCards</name>
    <message>
        <source>Print name cards</source>
        <translation>Cetak kartu nama</translation>
    </message>
    <message>
        <source>Save name cards</source>
        <translation>Simpan kartu nama</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Jalankan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Edit note</source>
        <translation>Ubah catatan</translation>
    </message>
    <message>
        <source>Move %1 notes to the trash</source>
        <translation>Pindahkan %1 catatan ke tempat sampah</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Ubah catatan</translation>
    </message>
    <message>
        <source>No particular activity</source>
        <translation>Tanpa kegiatan tertentu</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Pisahkan label dengan koma</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Idea</source>
        <translation>Gagasan</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Wawasan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Hambatan</translation>
    </message>
</context>
<context>
    <name>NotesBrowser</name>
    <message>
        <source>Starred only</source>
        <translation>Hanya yang ditandai</translation>
    </message>
    <message>
        <source>★ Star</source>
        <translation>★ Tandai</translation>
    </message>
    <message>
        <source>Mark for the report (Space)</source>
        <translation>Tandai untuk laporan (Space)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter atau F2</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Pindahkan ke &amp;tempat sampah</translation>
    </message>
    <message>
        <source>Delete (undo with Ctrl+Z)</source>
        <translation>Delete (urungkan dengan Ctrl+Z)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 catatan</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 catatan</translation>
    </message>
    <message>
        <source>%1 of %2 notes shown</source>
        <translation>%1 dari %2 catatan ditampilkan</translation>
    </message>
    <message>
        <source>Star note</source>
        <translation>Tandai catatan</translation>
    </message>
    <message>
        <source>Unstar note</source>
        <translation>Hapus tanda catatan</translation>
    </message>
    <message>
        <source>%1 notes moved to the trash. Undo with Ctrl+Z.</source>
        <translation>%1 catatan dipindahkan ke tempat sampah. Urungkan dengan Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>NotesForAnswerDialog</name>
    <message>
        <source>Answer from notes</source>
        <translation>Jawaban dari catatan</translation>
    </message>
    <message>
        <source>whole room</source>
        <translation>seluruh peserta</translation>
    </message>
    <message>
        <source>Chosen notes are added to the answer of %1, one per line.</source>
        <translation>Catatan yang dipilih ditambahkan ke jawaban %1, satu per baris.</translation>
    </message>
    <message>
        <source>No notes were captured for this activity yet.</source>
        <translation>Belum ada catatan untuk kegiatan ini.</translation>
    </message>
    <message>
        <source>Add to answer</source>
        <translation>Tambahkan ke jawaban</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Search all sessions</source>
        <translation>Cari di semua sesi</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Rencana kerja (RTL)</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>Penghitungan suara</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>The note is in another session: open that session to see it.</source>
        <translation>Catatan ini ada di sesi lain: buka sesi tersebut untuk melihatnya.</translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
</context>
<context>
    <name>ObserverPanel</name>
    <message>
        <source>Observer:</source>
        <translation>Pengamat:</translation>
    </message>
    <message>
        <source>1 = not yet · 2 = partly · 3 = mostly · 4 = fully</source>
        <translation>1 = belum tampak · 2 = sebagian · 3 = sebagian besar · 4 = sepenuhnya</translation>
    </message>
    <message>
        <source>Mean per value, all rounds: %1</source>
        <translation>Rata-rata per nilai, semua putaran: %1</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Belum ada skor.</translation>
    </message>
    <message>
        <source>Score “%1”</source>
        <translation>Beri skor “%1”</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>This could not be done. The details are in the log file.</source>
        <translation>Ini tidak dapat dilakukan. Rinciannya ada di berkas log.</translation>
    </message>
    <message>
        <source>Lokakarya</source>
        <translation>Lokakarya</translation>
    </message>
</context>
<context>
    <name>PaperworkTabs</name>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Report texts</source>
        <translation>Naskah laporan</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Facilitators and resource persons</source>
        <translation>Fasilitator dan narasumber</translation>
    </message>
</context>
<context>
    <name>ParallelDialog</name>
    <message>
        <source>Group timers</source>
        <translation>Timer kelompok</translation>
    </message>
    <message>
        <source>&amp;Set lengths for these groups</source>
        <translation>&amp;Atur durasi untuk kelompok-kelompok ini</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Please name at least one group.</source>
        <translation>Mohon beri nama paling sedikit satu kelompok.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add participant</source>
        <translation>Tambah peserta</translation>
    </message>
    <message>
        <source>18 digits, may stay empty</source>
        <translation>18 digit, boleh dikosongkan</translation>
    </message>
    <message>
        <source>e.g. Pembina / IV.a</source>
        <translation>mis. Pembina / IV.a</translation>
    </message>
    <message>
        <source>e.g. 12-03-1978, may stay empty</source>
        <translation>mis. 12-03-1978, boleh kosong</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>In&amp;stansi</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>Jenis &amp;kelamin</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Su&amp;rel</translation>
    </message>
    <message>
        <source>&amp;Rank/grade</source>
        <translation>&amp;Pangkat/golongan</translation>
    </message>
    <message>
        <source>Place of &amp;birth</source>
        <translation>Tempat &amp;lahir</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Tanggal l&amp;ahir</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Ubah data peserta</translation>
    </message>
</context>
<context>
    <name>ParticipantsTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>M/F</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Rank/grade</source>
        <translation>Pangkat/gol.</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>✓ present</source>
        <translation>✓ hadir</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation>Tambah “%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Hapus “%1”</translation>
    </message>
    <message>
        <source>Remove %1 participants</source>
        <translation>Hapus %1 peserta</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Ubah “%1”</translation>
    </message>
    <message>
        <source>Import %1 participants</source>
        <translation>Impor %1 peserta</translation>
    </message>
    <message>
        <source>Form %1 groups</source>
        <translation>Bentuk %1 kelompok</translation>
    </message>
    <message>
        <source>Move “%1” to another group</source>
        <translation>Pindahkan “%1” ke kelompok lain</translation>
    </message>
    <message>
        <source>Rename group to “%1”</source>
        <translation>Ganti nama kelompok menjadi “%1”</translation>
    </message>
    <message>
        <source>Check in “%1”</source>
        <translation>Catat hadir “%1”</translation>
    </message>
    <message>
        <source>Mark “%1” absent</source>
        <translation>Tandai “%1” tidak hadir</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Filter by name, NIP, position, institution…</source>
        <translation>Saring menurut nama, NIP, jabatan, instansi…</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Impor daftar peserta…</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Tambah peserta…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete (undo with Ctrl+Z)</source>
        <translation>Delete (urungkan dengan Ctrl+Z)</translation>
    </message>
    <message>
        <source>No participants yet. Import the roster the office sent (XLSX or CSV), or add people one by one.</source>
        <translation>Belum ada peserta. Impor daftar peserta yang dikirim kantor (XLSX atau CSV), atau tambahkan satu per satu.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Presensi</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>JP and certificates</source>
        <translation>JP dan sertifikat</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Hari %1 · %2</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 peserta</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 peserta</translation>
    </message>
    <message>
        <source>Removed %1 participant(s). Undo with Ctrl+Z.</source>
        <translation>%1 peserta dihapus. Urungkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Print attendance sheet</source>
        <translation>Cetak daftar hadir</translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation>Simpan daftar hadir</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menyimpan %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 tersimpan.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Add photos…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Caption of the selected photo</source>
        <translation>Keterangan foto yang dipilih</translation>
    </message>
    <message>
        <source>Photos are shrunk to 1600 px and kept in Lokakarya&apos;s store (at most %1 per session); your files are only read.</source>
        <translation>Foto diperkecil menjadi 1600 px dan disimpan di penyimpanan Lokakarya (paling banyak %1 per sesi); berkas Anda hanya dibaca.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG)</source>
        <translation>Foto (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>The photo could not be added: %1</source>
        <translation>Foto tidak dapat ditambahkan: %1</translation>
    </message>
    <message>
        <source>Add %1 photos</source>
        <translation>Tambah %1 foto</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <source>Edit photo caption</source>
        <translation>Ubah keterangan foto</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>PrePostTab</name>
    <message>
        <source>Add everyone from the participant list</source>
        <translation>Tambahkan semua orang dari daftar peserta</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Peningkatan</translation>
    </message>
    <message>
        <source>Normalised gain</source>
        <translation>Gain ternormalisasi</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Peserta %1</translation>
    </message>
    <message>
        <source>Everyone on the list already has a row.</source>
        <translation>Semua orang dalam daftar sudah memiliki baris.</translation>
    </message>
    <message>
        <source>Add participants</source>
        <translation>Tambah peserta</translation>
    </message>
    <message>
        <source>No scores yet: add a row per participant (Ctrl+N).</source>
        <translation>Belum ada nilai: tambahkan satu baris per peserta (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 participants, %2 with both tests · average pre-test %3 · average post-test %4 · average gain %5 · normalised gain of the class %6</source>
        <translation>%1 peserta, %2 dengan kedua tes · rata-rata pre-test %3 · rata-rata post-test %4 · rata-rata peningkatan %5 · gain ternormalisasi kelas %6</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>Pre-test and post-test scores</source>
        <translation>Nilai pre-test dan post-test</translation>
    </message>
</context>
<context>
    <name>PresenterDialog</name>
    <message>
        <source>Facilitator or resource person</source>
        <translation>Fasilitator atau narasumber</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Activities led</source>
        <translation>Kegiatan yang dibawakan</translation>
    </message>
</context>
<context>
    <name>PresenterLauncher</name>
    <message>
        <source>&amp;Presenter view (F7)</source>
        <translation>Tampilan &amp;penyaji (F7)</translation>
    </message>
    <message>
        <source>The facilitator&apos;s own window: timer, schedule, next activity and notes</source>
        <translation>Jendela khusus fasilitator: timer, jadwal, kegiatan berikutnya, dan catatan</translation>
    </message>
    <message>
        <source>Presenter view (F7)</source>
        <translation>Tampilan penyaji (F7)</translation>
    </message>
    <message>
        <source>One screen only: the presenter view opens as a window beside the others.</source>
        <translation>Hanya satu layar: tampilan penyaji dibuka sebagai jendela di samping jendela lain.</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>No session open</source>
        <translation>Belum ada sesi yang dibuka</translation>
    </message>
    <message>
        <source>Next: nothing more today</source>
        <translation>Berikutnya: tidak ada lagi hari ini</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Berikutnya: %1</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>Berikutnya: %1 (%2)</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Pertanyaan:</translation>
    </message>
    <message>
        <source>Materials: %1</source>
        <translation>Alat dan bahan: %1</translation>
    </message>
    <message>
        <source>Method (%1): %2</source>
        <translation>Metode (%1): %2</translation>
    </message>
    <message>
        <source>No notes for this activity in the plan.</source>
        <translation>Tidak ada catatan untuk kegiatan ini di rencana.</translation>
    </message>
    <message>
        <source>Report-back: %1 (%2 of %3)</source>
        <translation>Giliran presentasi: %1 (%2 dari %3)</translation>
    </message>
    <message>
        <source> · then %1</source>
        <translation> · lalu %1</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter view</source>
        <translation>Tampilan penyaji</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Jam sekarang</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Mulai (Space)</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 mnt</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 mnt</translation>
    </message>
    <message>
        <source>Next (N) ▶</source>
        <translation>Berikutnya (N) ▶</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Message for the room, Enter shows it</source>
        <translation>Pesan untuk peserta, Enter untuk menampilkan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <source>Message on the projector</source>
        <translation>Pesan di proyektor</translation>
    </message>
    <message>
        <source>Notes for the facilitator (not on the projector)</source>
        <translation>Catatan untuk fasilitator (tidak tampil di proyektor)</translation>
    </message>
    <message>
        <source>The screen the presenter view goes to</source>
        <translation>Layar tempat tampilan penyaji dibuka</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Layar:</translation>
    </message>
    <message>
        <source>F7 or Esc closes this window</source>
        <translation>F7 atau Esc menutup jendela ini</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>Shown now: “%1”</source>
        <translation>Sedang tampil: “%1”</translation>
    </message>
    <message>
        <source>No message on the projector.</source>
        <translation>Tidak ada pesan di proyektor.</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Jeda (Space)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Lanjutkan (Space)</translation>
    </message>
</context>
<context>
    <name>Presenters</name>
    <message>
        <source>Resource person (narasumber)</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
</context>
<context>
    <name>PresentersModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Position / institution</source>
        <translation>Jabatan / instansi</translation>
    </message>
    <message>
        <source>Activities led</source>
        <translation>Kegiatan yang dibawakan</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
</context>
<context>
    <name>PresentersPanel</name>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Add the session&apos;s facilitators</source>
        <translation>Tambahkan fasilitator sesi</translation>
    </message>
    <message>
        <source>JP taught = planned minutes of the activities led / %1 minutes.</source>
        <translation>JP mengajar = menit rencana kegiatan yang dibawakan / %1 menit.</translation>
    </message>
    <message>
        <source>Add facilitator or resource person</source>
        <translation>Tambah fasilitator atau narasumber</translation>
    </message>
    <message>
        <source>Edit facilitator or resource person</source>
        <translation>Ubah fasilitator atau narasumber</translation>
    </message>
    <message>
        <source>Please give a name.</source>
        <translation>Mohon isi namanya.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tambah %1</translation>
    </message>
    <message>
        <source>Facilitators and resource persons</source>
        <translation>Fasilitator dan narasumber</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Untick a line to leave it out of the import.</source>
        <translation>Hapus centang pada baris untuk tidak mengimpornya.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Print the personal codes (for phones in the room)</source>
        <translation>Cetak kode pribadi (untuk ponsel di ruangan)</translation>
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
        <source>One page per group (for the tables)</source>
        <translation>Satu halaman per kelompok (untuk ditaruh di meja)</translation>
    </message>
    <message>
        <source>All groups in one list</source>
        <translation>Semua kelompok dalam satu daftar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>&amp;Tata letak</translation>
    </message>
</context>
<context>
    <name>ProjectorControls</name>
    <message>
        <source>Projector</source>
        <translation>Proyektor</translation>
    </message>
    <message>
        <source>&amp;Open projector (F5)</source>
        <translation>&amp;Buka proyektor (F5)</translation>
    </message>
    <message>
        <source>The screen the projector view goes to</source>
        <translation>Layar tujuan tampilan proyektor</translation>
    </message>
    <message>
        <source>Message for the room (M), Enter sends</source>
        <translation>Pesan untuk peserta (M), Enter untuk mengirim</translation>
    </message>
    <message>
        <source>5 minutes left</source>
        <translation>Sisa 5 menit</translation>
    </message>
    <message>
        <source>Back to the room, please</source>
        <translation>Silakan kembali ke ruangan</translation>
    </message>
    <message>
        <source>Clear message</source>
        <translation>Hapus pesan</translation>
    </message>
    <message>
        <source>&amp;Blank (B)</source>
        <translation>&amp;Layar kosong (B)</translation>
    </message>
    <message>
        <source>&amp;Clock slide (W)</source>
        <translation>Slide &amp;jam (W)</translation>
    </message>
    <message>
        <source>Back to the &amp;timer</source>
        <translation>Kembali ke &amp;timer</translation>
    </message>
    <message>
        <source>Take the casting or leaderboard another page put up off the projector</source>
        <translation>Turunkan pembagian peran atau papan skor yang ditampilkan halaman lain dari proyektor</translation>
    </message>
    <message>
        <source>The projector&apos;s screen was disconnected: the timer keeps running. Plug it in again to show the projector there, or press F5 to show it as a window.</source>
        <translation>Layar proyektor terputus: pengatur waktu tetap berjalan. Sambungkan lagi untuk menampilkan proyektor di sana, atau tekan F5 untuk menampilkannya sebagai jendela.</translation>
    </message>
    <message>
        <source>Screen %1 · %2×%3</source>
        <translation>Layar %1 · %2×%3</translation>
    </message>
    <message>
        <source> — main screen</source>
        <translation> — layar utama</translation>
    </message>
    <message>
        <source>One screen only: the projector view opens as a window (F11: full screen).</source>
        <translation>Hanya ada satu layar: tampilan proyektor dibuka sebagai jendela (F11: layar penuh).</translation>
    </message>
    <message>
        <source>Shown on the projector: %1</source>
        <translation>Ditampilkan di proyektor: %1</translation>
    </message>
</context>
<context>
    <name>ProjectorKey</name>
    <message>
        <source>Projector closed (F5 opens it again).</source>
        <translation>Proyektor ditutup (F5 membukanya lagi).</translation>
    </message>
    <message>
        <source>Open a session to use the projector.</source>
        <translation>Buka sesi terlebih dahulu untuk memakai proyektor.</translation>
    </message>
    <message>
        <source>One screen only: the projector view opens as a window (F11: full screen).</source>
        <translation>Hanya ada satu layar: tampilan proyektor dibuka sebagai jendela (F11: layar penuh).</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>Proyektor</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Berikutnya: %1</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>Berikutnya: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Question for phones</source>
        <translation>Pertanyaan untuk ponsel</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Satu pilihan per baris</translation>
    </message>
    <message>
        <source>e.g. B, or A, C</source>
        <translation>mis. B, atau A, C</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1 sampai 5</translation>
    </message>
    <message>
        <source>1 to 10</source>
        <translation>1 sampai 10</translation>
    </message>
    <message>
        <source>Check each one before it shows</source>
        <translation>Periksa satu per satu sebelum ditampilkan</translation>
    </message>
    <message>
        <source>Ask for the personal code (links answers to people)</source>
        <translation>Minta kode pribadi (menautkan jawaban ke peserta)</translation>
    </message>
    <message>
        <source>Rate every activity and facilitator</source>
        <translation>Nilai setiap kegiatan dan fasilitator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Correct letter(s)</source>
        <translation>Huruf jawaban benar</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Words per phone</source>
        <translation>Kata per ponsel</translation>
    </message>
</context>
<context>
    <name>QuestionImportDialog</name>
    <message>
        <source>Questions from a sheet</source>
        <translation>Pertanyaan dari lembar kerja</translation>
    </message>
    <message>
        <source>One line per question: the question, options A to F, the correct letter(s) (e.g. B, or A, C) and the kind (quiz, pre-test, post-test or poll).</source>
        <translation>Satu baris per pertanyaan: pertanyaannya, pilihan A sampai F, huruf jawaban benar (mis. B, atau A, C) dan jenisnya (kuis, pre-test, post-test atau jajak pendapat).</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Benar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>This file cannot be read as a sheet of questions (%1).</source>
        <translation>Berkas ini tidak dapat dibaca sebagai lembar pertanyaan (%1).</translation>
    </message>
    <message>
        <source>%1 question(s) ready; %2 line(s) with a problem are left out.</source>
        <translation>%1 pertanyaan siap; %2 baris bermasalah tidak diikutkan.</translation>
    </message>
</context>
<context>
    <name>QuestionKind</name>
    <message>
        <source>Poll (one answer)</source>
        <translation>Jajak pendapat (satu jawaban)</translation>
    </message>
    <message>
        <source>Poll (several answers)</source>
        <translation>Jajak pendapat (beberapa jawaban)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Word cloud</source>
        <translation>Awan kata</translation>
    </message>
    <message>
        <source>Ideas and questions</source>
        <translation>Gagasan dan pertanyaan</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Kuis</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>Reaction evaluation</source>
        <translation>Evaluasi reaksi</translation>
    </message>
    <message>
        <source>My commitment</source>
        <translation>Komitmen saya</translation>
    </message>
</context>
<context>
    <name>QuestionProblem</name>
    <message>
        <source>Type the question first.</source>
        <translation>Ketik pertanyaannya dulu.</translation>
    </message>
    <message>
        <source>The question is too long (at most 500 characters).</source>
        <translation>Pertanyaan terlalu panjang (paling banyak 500 karakter).</translation>
    </message>
    <message>
        <source>Give at least two options, one per line.</source>
        <translation>Beri paling sedikit dua pilihan, satu per baris.</translation>
    </message>
    <message>
        <source>There are too many options.</source>
        <translation>Pilihannya terlalu banyak.</translation>
    </message>
    <message>
        <source>An option is empty.</source>
        <translation>Ada pilihan yang kosong.</translation>
    </message>
    <message>
        <source>An option is too long (at most 200 characters).</source>
        <translation>Ada pilihan yang terlalu panjang (paling banyak 200 karakter).</translation>
    </message>
    <message>
        <source>This kind of question has no options.</source>
        <translation>Jenis pertanyaan ini tidak memakai pilihan.</translation>
    </message>
    <message>
        <source>Mark the correct answer (e.g. B, or A, C).</source>
        <translation>Tandai jawaban yang benar (mis. B, atau A, C).</translation>
    </message>
    <message>
        <source>A correct answer names an option that does not exist.</source>
        <translation>Jawaban benar menyebut pilihan yang tidak ada.</translation>
    </message>
    <message>
        <source>Only quizzes and tests have correct answers.</source>
        <translation>Hanya kuis dan tes yang memiliki jawaban benar.</translation>
    </message>
    <message>
        <source>A scale goes to 5 or to 10.</source>
        <translation>Skala sampai 5 atau sampai 10.</translation>
    </message>
    <message>
        <source>Phones have answered this question: its kind and number of options stay as they are (the wording and the correct answers can still change).</source>
        <translation>Ponsel sudah menjawab pertanyaan ini: jenis dan jumlah pilihannya tetap (kata-katanya dan jawaban benarnya masih dapat diubah).</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>Pertanyaannya kosong.</translation>
    </message>
    <message>
        <source>A cell is too long.</source>
        <translation>Ada sel yang terlalu panjang.</translation>
    </message>
    <message>
        <source>Fewer than two options.</source>
        <translation>Kurang dari dua pilihan.</translation>
    </message>
    <message>
        <source>No correct letter given for a quiz or test.</source>
        <translation>Tidak ada huruf jawaban benar untuk kuis atau tes.</translation>
    </message>
    <message>
        <source>The correct letter “%1” is not one of the options.</source>
        <translation>Huruf jawaban benar “%1” bukan salah satu pilihan.</translation>
    </message>
    <message>
        <source>Unknown kind “%1” (use quiz, pre-test, post-test or poll).</source>
        <translation>Jenis “%1” tidak dikenal (pakai kuis, pre-test, post-test atau jajak pendapat).</translation>
    </message>
    <message>
        <source>Only the first %1 questions are read.</source>
        <translation>Hanya %1 pertanyaan pertama yang dibaca.</translation>
    </message>
    <message>
        <source>This line cannot be read.</source>
        <translation>Baris ini tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Questions for phones</source>
        <translation>Pertanyaan untuk ponsel</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>From a sheet…</source>
        <translation>Dari lembar kerja…</translation>
    </message>
    <message>
        <source>Quiz and pre/post test questions with their correct answers, from XLSX</source>
        <translation>Pertanyaan kuis dan pre/post-test beserta jawaban benarnya, dari XLSX</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Tambah pertanyaan</translation>
    </message>
    <message>
        <source>Edit a question</source>
        <translation>Ubah pertanyaan</translation>
    </message>
    <message>
        <source>Move a question</source>
        <translation>Pindahkan pertanyaan</translation>
    </message>
    <message>
        <source>Remove a question</source>
        <translation>Hapus pertanyaan</translation>
    </message>
    <message numerus="yes">
        <source>Import %n question(s)</source>
        <translation>
            <numerusform>Impor %n pertanyaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported.</source>
        <translation>
            <numerusform>%n pertanyaan diimpor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message>
        <source>The timer is running</source>
        <translation>Timer sedang berjalan</translation>
    </message>
    <message>
        <source>“%1” is running. What should happen to its timer?</source>
        <translation>“%1” sedang berjalan. Apa yang harus dilakukan dengan timernya?</translation>
    </message>
    <message>
        <source>Pause the timer and quit</source>
        <translation>Jeda timer lalu keluar</translation>
    </message>
    <message>
        <source>Keep it running (resume where the time really is)</source>
        <translation>Biarkan berjalan (lanjut sesuai waktu yang sebenarnya)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ReactionPanel</name>
    <message>
        <source>Activity or facilitator</source>
        <translation>Kegiatan atau fasilitator</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>For each row, type how many sheets gave the score 1 (very poor) to 5 (very good); Tab moves to the next score, Enter to the next row.</source>
        <translation>Untuk setiap baris, ketik jumlah lembar yang memberi nilai 1 (sangat kurang) sampai 5 (sangat baik); Tab pindah ke nilai berikutnya, Enter ke baris berikutnya.</translation>
    </message>
    <message>
        <source>Enter reaction scores</source>
        <translation>Isi nilai reaksi</translation>
    </message>
    <message>
        <source>Averages appear here once scores are entered</source>
        <translation>Rata-rata muncul di sini setelah nilai diisi</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Nilai rata-rata</translation>
    </message>
    <message>
        <source>Average reaction score (1–5)</source>
        <translation>Nilai reaksi rata-rata (1–5)</translation>
    </message>
</context>
<context>
    <name>ReactionTarget</name>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
</context>
<context>
    <name>RecentNotes</name>
    <message>
        <source>Last notes here, newest first · Enter or double-click to edit</source>
        <translation>Catatan terakhir, terbaru di atas · Enter atau klik dua kali untuk mengubah</translation>
    </message>
    <message>
        <source>No notes for this activity yet.</source>
        <translation>Belum ada catatan untuk kegiatan ini.</translation>
    </message>
    <message>
        <source>Note changed. Undo with Ctrl+Z.</source>
        <translation>Catatan diubah. Urungkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Note moved to the trash. Undo with Ctrl+Z.</source>
        <translation>Catatan dipindahkan ke tempat sampah. Urungkan dengan Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>RecordSource</name>
    <message>
        <source>%1 (from phones)</source>
        <translation>%1 (dari ponsel)</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Tambah baris</translation>
    </message>
    <message>
        <source>Ctrl+N, or Enter on the last row</source>
        <translation>Ctrl+N, atau Enter di baris terakhir</translation>
    </message>
    <message>
        <source>&amp;Delete row</source>
        <translation>&amp;Hapus baris</translation>
    </message>
    <message>
        <source>Delete (undo with Ctrl+Z)</source>
        <translation>Delete (urungkan dengan Ctrl+Z)</translation>
    </message>
    <message>
        <source>Type to edit a cell · Tab / Shift+Tab next / previous cell · Enter saves and goes down (on the last row it adds one) · Ctrl+N new row · Delete removes rows · Ctrl+Z undo</source>
        <translation>Ketik untuk mengubah sel · Tab / Shift+Tab sel berikutnya / sebelumnya · Enter menyimpan dan turun (di baris terakhir menambah baris) · Ctrl+N baris baru · Delete menghapus baris · Ctrl+Z urungkan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Semua baris</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Delete %1 rows</source>
        <translation>Hapus %1 baris</translation>
    </message>
    <message>
        <source>%1 rows deleted. Undo with Ctrl+Z.</source>
        <translation>%1 baris dihapus. Urungkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>Ubah sel</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>Leave out personal data (NIP, phone, e-mail, birth data)</source>
        <translation>Tanpa data pribadi (NIP, telepon, e-mail, data kelahiran)</translation>
    </message>
    <message>
        <source>Applies to the PDF, XLSX, CSV and bundle exports.</source>
        <translation>Berlaku untuk ekspor PDF, XLSX, CSV, dan paket.</translation>
    </message>
    <message>
        <source>Tables and bundles</source>
        <translation>Tabel dan paket</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Ekspor XLSX…</translation>
    </message>
    <message>
        <source>Export CSV folder…</source>
        <translation>Ekspor folder CSV…</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Ekspor paket…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Impor paket…</translation>
    </message>
    <message>
        <source>A bundle carries this session to another laptop; importing merges it with what is there (newest edits win, a backup is taken first).</source>
        <translation>Paket membawa sesi ini ke laptop lain; saat diimpor, paket digabungkan dengan data yang sudah ada (perubahan terbaru yang dipakai, cadangan dibuat lebih dulu).</translation>
    </message>
    <message>
        <source>Press Preview to see the report&apos;s pages here.</source>
        <translation>Tekan Pratinjau untuk melihat halaman laporan di sini.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Menyiapkan pratinjau…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Menyimpan laporan…</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Ekspor XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Menyimpan buku kerja…</translation>
    </message>
    <message>
        <source>Export CSV files into a folder</source>
        <translation>Ekspor berkas CSV ke dalam folder</translation>
    </message>
    <message>
        <source>Writing the CSV files…</source>
        <translation>Menyimpan berkas CSV…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Ekspor paket</translation>
    </message>
    <message>
        <source>Lokakarya bundles (*.lokakarya)</source>
        <translation>Paket Lokakarya (*.lokakarya)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Menyimpan paket…</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Impor paket</translation>
    </message>
    <message>
        <source>Lokakarya bundles (*.lokakarya);;All files (*)</source>
        <translation>Paket Lokakarya (*.lokakarya);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Checking and merging the bundle…</source>
        <translation>Memeriksa dan menggabungkan paket…</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Berkas tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1 (details are in the log)</source>
        <translation>Terjadi kesalahan: %1 (rinciannya ada di log)</translation>
    </message>
    <message>
        <source>Report and exchange</source>
        <translation>Laporan dan pertukaran data</translation>
    </message>
    <message>
        <source>Preview ready: %1 pages</source>
        <translation>Pratinjau siap: %1 halaman</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paket diimpor</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. Your current data file is moved aside, not deleted, and Lokakarya restarts with the copy.</source>
        <translation>Pilih salinan yang ingin dikembalikan. Berkas data Anda saat ini dipindahkan ke samping, tidak dihapus, dan Lokakarya dimulai ulang dengan salinan tersebut.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Belum ada cadangan.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <source>Go back to the copy from %1?

Changes made after it will no longer show; the current data file is kept in the quarantine folder. Lokakarya will restart.</source>
        <translation>Kembali ke salinan dari %1?

Perubahan setelahnya tidak akan tampil lagi; berkas data saat ini disimpan di folder karantina. Lokakarya akan dimulai ulang.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>When Lokakarya started</source>
        <translation>Saat Lokakarya dimulai</translation>
    </message>
    <message>
        <source>Before an update of the data file</source>
        <translation>Sebelum pembaruan berkas data</translation>
    </message>
    <message>
        <source>Before a bundle was imported</source>
        <translation>Sebelum paket diimpor</translation>
    </message>
</context>
<context>
    <name>RolePlayPrinting</name>
    <message>
        <source>role-cards.pdf</source>
        <translation>kartu-peran.pdf</translation>
    </message>
    <message>
        <source>observer-sheets.pdf</source>
        <translation>lembar-pengamat.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan %1</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>RolePlayTab</name>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Play in &amp;groups at once</source>
        <translation>Main &amp;serentak per kelompok</translation>
    </message>
    <message>
        <source>Every group plays the same roles at the same time; the rest of each group observes</source>
        <translation>Setiap kelompok memainkan peran yang sama pada waktu yang sama; anggota kelompok lainnya menjadi pengamat</translation>
    </message>
    <message>
        <source>Round </source>
        <translation>Putaran </translation>
    </message>
    <message>
        <source>&amp;Auto-cast all rounds</source>
        <translation>Bagi peran &amp;otomatis untuk semua putaran</translation>
    </message>
    <message>
        <source>Cast round 1 at random, then rotate every round</source>
        <translation>Bagi peran putaran 1 secara acak, lalu rotasi di setiap putaran</translation>
    </message>
    <message>
        <source>&amp;Rotate into next round</source>
        <translation>&amp;Rotasi ke putaran berikutnya</translation>
    </message>
    <message>
        <source>Cast the next round so everyone gets a role they have not had yet</source>
        <translation>Bagi peran putaran berikutnya agar setiap orang mendapat peran yang belum pernah dimainkannya</translation>
    </message>
    <message>
        <source>Show casting on &amp;projector</source>
        <translation>Tampilkan pembagian peran di &amp;proyektor</translation>
    </message>
    <message>
        <source>Run rounds on the &amp;timer</source>
        <translation>Jalankan putaran di &amp;timer</translation>
    </message>
    <message>
        <source>Each round on the run console&apos;s timer with its own minutes; G moves on</source>
        <translation>Setiap putaran berjalan di timer konsol dengan menitnya sendiri; G untuk lanjut</translation>
    </message>
    <message>
        <source>Print role &amp;cards…</source>
        <translation>Cetak &amp;kartu peran…</translation>
    </message>
    <message>
        <source>Print &amp;observer sheets…</source>
        <translation>Cetak &amp;lembar pengamat…</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Kegiatan:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Skenario:</translation>
    </message>
    <message>
        <source>Cast from:</source>
        <translation>Pemeran dari:</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Jumlah putaran:</translation>
    </message>
    <message>
        <source>Double-click a cell to cast someone by hand.</source>
        <translation>Klik dua kali sebuah sel untuk membagi peran secara manual.</translation>
    </message>
    <message>
        <source>Cast by role</source>
        <translation>Pemeran per peran</translation>
    </message>
    <message>
        <source>Debrief notes</source>
        <translation>Catatan refleksi</translation>
    </message>
    <message>
        <source>Observer scores</source>
        <translation>Skor pengamat</translation>
    </message>
    <message>
        <source>Choose the scenario this activity plays.</source>
        <translation>Pilih skenario untuk kegiatan ini.</translation>
    </message>
    <message>
        <source>— audience —</source>
        <translation>— penonton —</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>pengamat</translation>
    </message>
    <message>
        <source>Play “%1”</source>
        <translation>Mainkan “%1”</translation>
    </message>
    <message>
        <source>Scenario chosen: %1</source>
        <translation>Skenario dipilih: %1</translation>
    </message>
    <message>
        <source>Change the number of rounds</source>
        <translation>Ubah jumlah putaran</translation>
    </message>
    <message>
        <source>Play in groups at once</source>
        <translation>Main serentak per kelompok</translation>
    </message>
    <message>
        <source>Play as one room</source>
        <translation>Main sebagai satu ruangan</translation>
    </message>
    <message>
        <source>Auto-cast</source>
        <translation>Pembagian peran otomatis</translation>
    </message>
    <message>
        <source>Cast %1 for %2 rounds.</source>
        <translation>Peran dibagikan kepada %1 pemeran untuk %2 putaran.</translation>
    </message>
    <message>
        <source>Groups play the roles: cast from the %1 groups.</source>
        <translation>Kelompok yang memerankan: peran dibagi kepada %1 kelompok.</translation>
    </message>
    <message>
        <source>No groups yet: form groups on the People page first.</source>
        <translation>Belum ada kelompok: bentuk kelompok di halaman Peserta terlebih dahulu.</translation>
    </message>
    <message>
        <source>Nobody is checked in on Day %1 yet: casting from all %2 people registered.</source>
        <translation>Belum ada yang presensi pada Hari %1: peran dibagi dari semua %2 orang yang terdaftar.</translation>
    </message>
    <message>
        <source>Cast from the %1 people checked in on Day %2.</source>
        <translation>Peran dibagi dari %1 orang yang sudah presensi pada Hari %2.</translation>
    </message>
    <message>
        <source>%1 groups play at once.</source>
        <translation>%1 kelompok bermain serentak.</translation>
    </message>
    <message>
        <source>No groups formed yet: the room plays as one group.</source>
        <translation>Belum ada kelompok yang dibentuk: seluruh ruangan bermain sebagai satu kelompok.</translation>
    </message>
    <message>
        <source>No participants yet: add them on the People page first.</source>
        <translation>Belum ada peserta: tambahkan di halaman Peserta terlebih dahulu.</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Tanpa kelompok</translation>
    </message>
    <message>
        <source>Rotate into round %1</source>
        <translation>Rotasi ke putaran %1</translation>
    </message>
    <message>
        <source>Cast by hand</source>
        <translation>Pembagian peran manual</translation>
    </message>
    <message>
        <source>Casting · round %1</source>
        <translation>Pembagian peran · putaran %1</translation>
    </message>
    <message>
        <source>The casting is on the projector.</source>
        <translation>Pembagian peran ditampilkan di proyektor.</translation>
    </message>
</context>
<context>
    <name>RolePlayTiming</name>
    <message>
        <source>Round %1</source>
        <translation>Putaran %1</translation>
    </message>
    <message>
        <source>This activity is not in the day&apos;s agenda any more.</source>
        <translation>Kegiatan ini sudah tidak ada di agenda hari ini.</translation>
    </message>
    <message>
        <source>%1 rounds are on the timer; G moves to the next round.</source>
        <translation>%1 putaran ada di timer; G untuk pindah ke putaran berikutnya.</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Off: no phone can join.</source>
        <translation>Mati: belum ada ponsel yang dapat bergabung.</translation>
    </message>
    <message>
        <source>QR code on the projector</source>
        <translation>Kode QR di proyektor</translation>
    </message>
    <message>
        <source>Put on phones</source>
        <translation>Tampilkan di ponsel</translation>
    </message>
    <message>
        <source>Take off phones</source>
        <translation>Hapus dari ponsel</translation>
    </message>
    <message>
        <source>Open answers</source>
        <translation>Buka jawaban</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Tampilkan hasil</translation>
    </message>
    <message>
        <source>Top scores on the wall</source>
        <translation>Skor teratas di layar</translation>
    </message>
    <message>
        <source>After a quiz: the best scores of this activity&apos;s quiz, by first name and initial, of those who answered with their personal code</source>
        <translation>Setelah kuis: skor terbaik kuis kegiatan ini, dengan nama depan dan inisial, dari peserta yang menjawab dengan kode pribadinya</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>Teratas </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Phones in the room…</source>
        <translation>Ponsel peserta…</translation>
    </message>
    <message>
        <source>Phones in the room</source>
        <translation>Ponsel peserta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>1 phone joined</source>
        <translation>1 ponsel bergabung</translation>
    </message>
    <message>
        <source>%1 phones joined</source>
        <translation>%1 ponsel bergabung</translation>
    </message>
    <message>
        <source>Answer with your phone</source>
        <translation>Jawab dengan ponsel Anda</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the decimal mark</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 jawaban</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 jawaban</translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation>Rata-rata %1</translation>
    </message>
    <message>
        <source>%1% right</source>
        <translation>%1% benar</translation>
    </message>
    <message>
        <source>%1 ranked</source>
        <translation>%1 berperingkat</translation>
    </message>
    <message>
        <source>%1 without a code</source>
        <translation>%1 tanpa kode</translation>
    </message>
    <message>
        <source>Quiz: the top %1</source>
        <translation>Kuis: %1 teratas</translation>
    </message>
</context>
<context>
    <name>RoomServer</name>
    <message>
        <source>The phones&apos; server could not use %1: %2</source>
        <translation>Server ponsel tidak dapat memakai %1: %2</translation>
    </message>
</context>
<context>
    <name>RosterCommit</name>
    <message>
        <source>Imported %1 participants. Undo with Ctrl+Z.</source>
        <translation>%1 peserta diimpor. Urungkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Nobody was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
</context>
<context>
    <name>RosterField</name>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit / institution</source>
        <translation>Unit kerja / instansi</translation>
    </message>
    <message>
        <source>Gender (L/P)</source>
        <translation>Jenis kelamin (L/P)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Rank/grade (pangkat/golongan)</source>
        <translation>Pangkat/golongan</translation>
    </message>
    <message>
        <source>Grade (golongan), after the rank</source>
        <translation>Golongan (digabung dengan pangkat)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Place and date of birth</source>
        <translation>Tempat/tanggal lahir</translation>
    </message>
</context>
<context>
    <name>RosterFile</name>
    <message>
        <source>The file cannot be opened.</source>
        <translation>Berkas tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>The file is too big (more than %1 MB) for a participant list.</source>
        <translation>Berkas terlalu besar (lebih dari %1 MB) untuk sebuah daftar peserta.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows: that is not a participant list.</source>
        <translation>Lembar kerja berisi lebih dari %1 baris: itu bukan daftar peserta.</translation>
    </message>
    <message>
        <source>The workbook is password-protected (or damaged): open it in Excel or LibreOffice, remove the password, save it and choose it again.</source>
        <translation>Buku kerja ini dilindungi kata sandi (atau rusak): buka di Excel atau LibreOffice, hapus kata sandinya, simpan, lalu pilih lagi.</translation>
    </message>
    <message>
        <source>This is not a spreadsheet: choose an .xlsx, .xls, .xlsb, .ods or .csv file.</source>
        <translation>Ini bukan lembar kerja: pilih berkas .xlsx, .xls, .xlsb, .ods, atau .csv.</translation>
    </message>
    <message>
        <source>The workbook is damaged or not the spreadsheet its name says, and cannot be read.</source>
        <translation>Buku kerja ini rusak atau bukan lembar kerja seperti yang disebut namanya, sehingga tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more than a participant list (%1): it was not read.</source>
        <translation>Isi buku kerja ini jauh melebihi daftar peserta setelah dibuka (%1): berkas tidak dibaca.</translation>
    </message>
    <message>
        <source>A cell holds more text than a spreadsheet allows: this is not a participant list.</source>
        <translation>Ada sel yang berisi teks lebih panjang daripada yang diizinkan lembar kerja: ini bukan daftar peserta.</translation>
    </message>
    <message>
        <source>The file mixes two text encodings (first at line %1), so letters such as é would be garbled: save it again in Excel or LibreOffice as “CSV UTF-8” and import that.</source>
        <translation>Berkas ini mencampur dua pengodean teks (pertama pada baris %1), sehingga huruf seperti é akan rusak: simpan ulang di Excel atau LibreOffice sebagai “CSV UTF-8”, lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>The file&apos;s text is in an unknown encoding (line %1): save it again in Excel or LibreOffice as “CSV UTF-8” and import that.</source>
        <translation>Teks berkas ini memakai pengodean yang tidak dikenal (baris %1): simpan ulang di Excel atau LibreOffice sebagai “CSV UTF-8”, lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>Some letters in the file are already garbled, as after a double conversion (line %1): correct them, or save the original again as “CSV UTF-8”, and import that.</source>
        <translation>Beberapa huruf dalam berkas ini sudah rusak, seperti setelah dikonversi dua kali (baris %1): perbaiki, atau simpan ulang berkas aslinya sebagai “CSV UTF-8”, lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import participant list</source>
        <translation>Impor daftar peserta</translation>
    </message>
    <message>
        <source>Choose the organiser&apos;s sheet (.xlsx, .xls, .ods or .csv).</source>
        <translation>Pilih daftar dari penyelenggara (.xlsx, .xls, .ods, atau .csv).</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>The workbook has several sheets: choose the list.</source>
        <translation>Buku kerja ini berisi beberapa sheet: pilih sheet daftar pesertanya.</translation>
    </message>
    <message>
        <source>Header on line </source>
        <translation>Judul kolom di baris </translation>
    </message>
    <message>
        <source>&amp;Leave out this line</source>
        <translation>&amp;Lewatkan baris ini</translation>
    </message>
    <message>
        <source>The selected line is not imported; tick it again in the table to take it.</source>
        <translation>Baris yang dipilih tidak diimpor; centang lagi di tabel untuk mengambilnya.</translation>
    </message>
    <message>
        <source>Double-click a cell to correct it, or untick a line to leave it out.</source>
        <translation>Klik dua kali sel untuk membetulkannya, atau hapus centang baris untuk melewatkannya.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Which column holds what (guessed from the headers):</source>
        <translation>Kolom mana berisi apa (ditebak dari judul kolom):</translation>
    </message>
    <message>
        <source>Problems by line</source>
        <translation>Masalah per baris</translation>
    </message>
    <message>
        <source>Choose the participant list</source>
        <translation>Pilih daftar peserta</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1 problem(s) must be resolved before importing: correct the cell in the table (double-click it), leave the line out, or correct the sheet and choose it again. Nothing has been saved.</source>
        <translation>%1 masalah harus diselesaikan sebelum mengimpor: betulkan selnya di tabel (klik dua kali), lewatkan barisnya, atau betulkan lembarnya lalu pilih lagi. Belum ada yang disimpan.</translation>
    </message>
    <message>
        <source>Nobody new to import.</source>
        <translation>Tidak ada peserta baru untuk diimpor.</translation>
    </message>
    <message>
        <source>%1 participants ready to import.</source>
        <translation>%1 peserta siap diimpor.</translation>
    </message>
    <message>
        <source>%1 of %2 lines will be imported; %3 left out.</source>
        <translation>%1 dari %2 baris akan diimpor; %3 dilewatkan.</translation>
    </message>
    <message>
        <source>%1 already on the list will be skipped.</source>
        <translation>%1 yang sudah ada di daftar akan dilewati.</translation>
    </message>
</context>
<context>
    <name>RosterProblem</name>
    <message>
        <source>The name is empty.</source>
        <translation>Nama kosong.</translation>
    </message>
    <message>
        <source>The NIP may contain only digits.</source>
        <translation>NIP hanya boleh berisi angka.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits.</source>
        <translation>NIP terdiri atas 18 digit.</translation>
    </message>
    <message>
        <source>The NIP is stored as a number in the sheet and has lost its last digits: format the column as text and type it again.</source>
        <translation>NIP tersimpan sebagai angka di lembar kerja dan digit terakhirnya hilang: format kolomnya sebagai teks lalu ketik ulang.</translation>
    </message>
    <message>
        <source>The NIP cell holds a date: format the column as text.</source>
        <translation>Sel NIP berisi tanggal: format kolomnya sebagai teks.</translation>
    </message>
    <message>
        <source>A field is too long.</source>
        <translation>Ada isian yang terlalu panjang.</translation>
    </message>
    <message>
        <source>The text contains a control character (NUL).</source>
        <translation>Teks mengandung karakter kontrol (NUL).</translation>
    </message>
    <message>
        <source>The text contains a hidden character that reverses the writing direction (it can disguise a name): type it again without it.</source>
        <translation>Teks ini memuat karakter tersembunyi yang membalik arah tulisan (dapat menyamarkan nama): ketik ulang tanpa karakter itu.</translation>
    </message>
    <message>
        <source>The name is made only of invisible characters (zero-width spaces or the like).</source>
        <translation>Nama ini hanya terdiri atas karakter tak terlihat (spasi lebar-nol atau sejenisnya).</translation>
    </message>
    <message>
        <source>The cell holds a spreadsheet error.</source>
        <translation>Sel berisi kesalahan lembar kerja.</translation>
    </message>
    <message>
        <source>The cell holds a formula (%1) whose result was never saved: open the file in Excel or LibreOffice, save it, and import it again.</source>
        <translation>Sel berisi rumus (%1) yang hasilnya tidak pernah disimpan: buka berkas di Excel atau LibreOffice, simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <source>The same person is already on line %1.</source>
        <translation>Orang yang sama sudah ada di baris %1.</translation>
    </message>
    <message>
        <source>NIP %1 is already in this session as %2: correct the NIP or the name, or leave this line out.</source>
        <translation>NIP %1 sudah ada di sesi ini atas nama %2: betulkan NIP atau namanya, atau lewatkan baris ini.</translation>
    </message>
    <message>
        <source>No column is mapped to Name: choose which column holds the names.</source>
        <translation>Tidak ada kolom yang dipetakan ke Nama: pilih kolom yang berisi nama.</translation>
    </message>
    <message>
        <source>There are no participant rows below the header.</source>
        <translation>Tidak ada baris peserta di bawah judul kolom.</translation>
    </message>
    <message>
        <source>Gender not recognised (use L or P); it is left empty.</source>
        <translation>Jenis kelamin tidak dikenali (gunakan L atau P); dibiarkan kosong.</translation>
    </message>
    <message>
        <source>Column %1 has data but no header (merged header cells?): map it by hand if needed.</source>
        <translation>Kolom %1 berisi data tetapi tidak memiliki judul (sel judul digabung?): petakan secara manual bila perlu.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Kelompok harus diberi nama.</translation>
    </message>
    <message>
        <source>The date of birth is not a real date (write it as 12-03-1978).</source>
        <translation>Tanggal lahir bukan tanggal yang ada (tulis seperti 12-03-1978).</translation>
    </message>
    <message>
        <source>The date of birth cannot be read, so it is left empty (write it as 12-03-1978 or 12 Maret 1978).</source>
        <translation>Tanggal lahir tidak terbaca, jadi dibiarkan kosong (tulis seperti 12-03-1978 atau 12 Maret 1978).</translation>
    </message>
    <message>
        <source>The value cannot be accepted.</source>
        <translation>Isian tidak dapat diterima.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
</context>
<context>
    <name>RosterSkipped</name>
    <message>
        <source>title above the table, not read</source>
        <translation>judul di atas tabel, tidak dibaca</translation>
    </message>
    <message>
        <source>second row of the header</source>
        <translation>baris kedua judul kolom</translation>
    </message>
    <message>
        <source>column numbering (1 2 3 …) under the header, not read</source>
        <translation>nomor kolom (1 2 3 …) di bawah judul kolom, tidak dibaca</translation>
    </message>
    <message>
        <source>below the table (totals, notes, signatures), not read</source>
        <translation>di bawah tabel (jumlah, keterangan, tanda tangan), tidak dibaca</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Baris %1</translation>
    </message>
    <message>
        <source>Lines %1–%2</source>
        <translation>Baris %1–%2</translation>
    </message>
    <message>
        <source>+ line %1</source>
        <translation>+ baris %1</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <source>Report-back rounds</source>
        <translation>Giliran presentasi</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Each group presents in turn; N moves to the next group.</source>
        <translation>Setiap kelompok presentasi bergiliran; N untuk pindah ke kelompok berikutnya.</translation>
    </message>
    <message>
        <source>Minutes per group:</source>
        <translation>Menit per kelompok:</translation>
    </message>
    <message>
        <source>Please name at least one group.</source>
        <translation>Mohon beri nama paling sedikit satu kelompok.</translation>
    </message>
</context>
<context>
    <name>RunCaptureArea</name>
    <message>
        <source>Notes for the report (F6 to type · Esc back to the timer)</source>
        <translation>Catatan untuk laporan (F6 untuk mengetik · Esc kembali ke timer)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Show or fold away the note box under the timer</source>
        <translation>Tampilkan atau lipat kotak catatan di bawah timer</translation>
    </message>
</context>
<context>
    <name>RunConsole</name>
    <message>
        <source>Shortcuts (F1)</source>
        <translation>Pintasan (F1)</translation>
    </message>
    <message>
        <source>Sound…</source>
        <translation>Suara…</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Mulai (Space)</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Lewati (S)</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 mnt</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 mnt</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 mnt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Timer settings…</source>
        <translation>Pengaturan timer…</translation>
    </message>
    <message>
        <source>Task and questions (as on the projector)</source>
        <translation>Tugas dan pertanyaan (seperti di proyektor)</translation>
    </message>
    <message>
        <source>Double-click an activity to put it on now</source>
        <translation>Klik dua kali sebuah kegiatan untuk menjalankannya sekarang</translation>
    </message>
    <message>
        <source>Today&apos;s activities (double-click to put one on):</source>
        <translation>Kegiatan hari ini (klik dua kali untuk menjalankan):</translation>
    </message>
    <message>
        <source>Previous (P)</source>
        <translation>Sebelumnya (P)</translation>
    </message>
    <message>
        <source>Next (N)</source>
        <translation>Berikutnya (N)</translation>
    </message>
    <message>
        <source>Recovered: Lokakarya was closed unexpectedly while “%1” was running. The timer kept counting and goes on with the time that is really left.</source>
        <translation>Dipulihkan: Lokakarya tertutup secara tak terduga saat “%1” sedang berjalan. Timer tetap menghitung dan berlanjut dengan sisa waktu yang sebenarnya.</translation>
    </message>
    <message>
        <source>Timer recovered after an unexpected stop.</source>
        <translation>Timer dipulihkan setelah berhenti secara tak terduga.</translation>
    </message>
    <message>
        <source>The day&apos;s programme is done.</source>
        <translation>Acara hari ini sudah selesai.</translation>
    </message>
    <message>
        <source>Nothing on yet</source>
        <translation>Belum ada kegiatan berjalan</translation>
    </message>
    <message>
        <source>Press Space to start the first activity.</source>
        <translation>Tekan Space untuk memulai kegiatan pertama.</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>rencana %1</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Jeda (Space)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Lanjutkan (Space)</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Hari %1 · %2</translation>
    </message>
    <message>
        <source>Start / pause / resume the timer</source>
        <translation>Mulai / jeda / lanjutkan timer</translation>
    </message>
    <message>
        <source>Next activity (ends the one that is on)</source>
        <translation>Kegiatan berikutnya (mengakhiri kegiatan yang sedang berjalan)</translation>
    </message>
    <message>
        <source>Previous activity</source>
        <translation>Kegiatan sebelumnya</translation>
    </message>
    <message>
        <source>Skip this activity</source>
        <translation>Lewati kegiatan ini</translation>
    </message>
    <message>
        <source>Add 1 minute (the character typed, any layout)</source>
        <translation>Tambah 1 menit (menurut karakter yang diketik, tata letak apa pun)</translation>
    </message>
    <message>
        <source>Take away 1 minute</source>
        <translation>Kurangi 1 menit</translation>
    </message>
    <message>
        <source>Add 5 minutes</source>
        <translation>Tambah 5 menit</translation>
    </message>
    <message>
        <source>Take away 5 minutes</source>
        <translation>Kurangi 5 menit</translation>
    </message>
    <message>
        <source>Next / previous group (report-back rounds)</source>
        <translation>Kelompok berikutnya / sebelumnya (giliran presentasi)</translation>
    </message>
    <message>
        <source>Open or close the projector window (on every page)</source>
        <translation>Buka atau tutup jendela proyektor (di semua halaman)</translation>
    </message>
    <message>
        <source>Open or close the presenter view (your own window)</source>
        <translation>Buka atau tutup tampilan penyaji (jendela khusus Anda)</translation>
    </message>
    <message>
        <source>Blank the projector</source>
        <translation>Kosongkan layar proyektor</translation>
    </message>
    <message>
        <source>Clock / welcome slide on the projector</source>
        <translation>Slide jam / selamat datang di proyektor</translation>
    </message>
    <message>
        <source>Write a message for the projector</source>
        <translation>Tulis pesan untuk proyektor</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Daftar pintasan ini</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 dari %3</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Lewat waktu</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 menit</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 menit</translation>
    </message>
    <message>
        <source>%1 +1 day</source>
        <translation>%1 +1 hari</translation>
    </message>
    <message>
        <source>%1 +%2 days</source>
        <translation>%1 +%2 hari</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>Terlambat %1</translation>
    </message>
    <message>
        <source>%1 early</source>
        <translation>Lebih cepat %1</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Sesuai jadwal</translation>
    </message>
    <message>
        <source>Projected end of the day: %1 (planned %2)</source>
        <translation>Perkiraan akhir hari ini: %1 (rencana %2)</translation>
    </message>
</context>
<context>
    <name>RunIndicator</name>
    <message>
        <source>Go to the Run page</source>
        <translation>Ke halaman Jalankan</translation>
    </message>
</context>
<context>
    <name>SavedPaperwork</name>
    <message>
        <source>The address could not be saved: it cannot be printed.</source>
        <translation>Alamat tidak dapat disimpan: alamat itu tidak dapat dicetak.</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Role-play scenario</source>
        <translation>Skenario bermain peran</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situasi:</translation>
    </message>
    <message>
        <source>Debrief questions (one per line):</source>
        <translation>Pertanyaan refleksi (satu per baris):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Role (id)</source>
        <translation>Peran (id)</translation>
    </message>
    <message>
        <source>Role (en)</source>
        <translation>Peran (en)</translation>
    </message>
    <message>
        <source>Public brief (id)</source>
        <translation>Arahan terbuka (id)</translation>
    </message>
    <message>
        <source>Public brief (en)</source>
        <translation>Arahan terbuka (en)</translation>
    </message>
    <message>
        <source>Private brief (id)</source>
        <translation>Arahan rahasia (id)</translation>
    </message>
    <message>
        <source>Private brief (en)</source>
        <translation>Arahan rahasia (en)</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Tambah peran</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Hapus peran</translation>
    </message>
    <message>
        <source>Observer (id)</source>
        <translation>Pengamat (id)</translation>
    </message>
    <message>
        <source>Observer (en)</source>
        <translation>Pengamat (en)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Behaviour (id)</source>
        <translation>Perilaku (id)</translation>
    </message>
    <message>
        <source>Behaviour (en)</source>
        <translation>Perilaku (en)</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>Tambah butir daftar periksa</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Hapus butir</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Jumlah putaran:</translation>
    </message>
    <message>
        <source>Minutes per round:</source>
        <translation>Menit per putaran:</translation>
    </message>
    <message>
        <source>Values it touches:</source>
        <translation>Nilai yang terkait:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>Observer checklist:</source>
        <translation>Daftar periksa pengamat:</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Putaran %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the notes of all sessions: words, &quot;a phrase&quot;, layan*, -word, OR</source>
        <translation>Cari catatan di semua sesi: kata, &quot;sebuah frasa&quot;, layan*, -kata, OR</translation>
    </message>
    <message>
        <source>Words are searched in notes, tags, speakers and groups, ignoring accents. Enter or double-click opens a note in its session.</source>
        <translation>Kata dicari di catatan, label, pembicara, dan kelompok, tanpa memperhatikan aksen. Enter atau klik dua kali membuka catatan di sesinya.</translation>
    </message>
    <message>
        <source>No notes found.</source>
        <translation>Tidak ada catatan yang ditemukan.</translation>
    </message>
    <message>
        <source>The best %1 notes; add words to narrow down.</source>
        <translation>%1 catatan yang paling sesuai; tambahkan kata untuk mempersempit pencarian.</translation>
    </message>
    <message>
        <source>%1 notes found.</source>
        <translation>%1 catatan ditemukan.</translation>
    </message>
</context>
<context>
    <name>SectionTextsPanel</name>
    <message>
        <source>Write this part of the official report here; it is saved as you type.</source>
        <translation>Tulis bagian laporan pelaksanaan ini di sini; tersimpan otomatis saat Anda mengetik.</translation>
    </message>
    <message>
        <source>Start from the session</source>
        <translation>Mulai dari data sesi</translation>
    </message>
    <message>
        <source>Adds the session&apos;s objectives or the decisions captured in the room.</source>
        <translation>Menambahkan tujuan sesi atau keputusan yang dicatat di kelas.</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Mengetik…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Nothing to start from yet.</source>
        <translation>Belum ada bahan untuk memulai.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Foreword</source>
        <translation>Kata Pengantar</translation>
    </message>
    <message>
        <source>I A. Background</source>
        <translation>I A. Latar Belakang</translation>
    </message>
    <message>
        <source>I B. Aims</source>
        <translation>I B. Maksud dan Tujuan</translation>
    </message>
    <message>
        <source>I C. Targets</source>
        <translation>I C. Sasaran</translation>
    </message>
    <message>
        <source>I D. Expected results</source>
        <translation>I D. Hasil yang Diharapkan</translation>
    </message>
    <message>
        <source>II D. Activities and methods</source>
        <translation>II D. Kegiatan dan Metode</translation>
    </message>
    <message>
        <source>II E. Results of group work</source>
        <translation>II E. Hasil Kerja Kelompok</translation>
    </message>
    <message>
        <source>II G. Evaluation</source>
        <translation>II G. Evaluasi</translation>
    </message>
    <message>
        <source>III A. Conclusions</source>
        <translation>III A. Kesimpulan</translation>
    </message>
    <message>
        <source>III B. Recommendations</source>
        <translation>III B. Rekomendasi</translation>
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
    <name>SessionsCommands</name>
    <message>
        <source>Move “%1” to the trash</source>
        <translation>Pindahkan “%1” ke tempat sampah</translation>
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
        <source>Empty trash…</source>
        <translation>Kosongkan tempat sampah…</translation>
    </message>
    <message>
        <source>Delete every session in the trash for good, with all its data</source>
        <translation>Hapus permanen semua sesi di tempat sampah beserta seluruh datanya</translation>
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
        <source>“%1” moved to the trash. Undo with Ctrl+Z, or restore it from Show trash.</source>
        <translation>“%1” dipindahkan ke tempat sampah. Urungkan dengan Ctrl+Z, atau pulihkan dari Lihat tempat sampah.</translation>
    </message>
    <message>
        <source>Move the open session to the trash?</source>
        <translation>Pindahkan sesi yang sedang dibuka ke tempat sampah?</translation>
    </message>
    <message>
        <source>“%1” is open (its run stops if a timer is going). Close it and move it to the trash? Ctrl+Z brings it back.</source>
        <translation>“%1” sedang dibuka (jalannya berhenti jika timer sedang berjalan). Tutup dan pindahkan ke tempat sampah? Ctrl+Z mengembalikannya.</translation>
    </message>
    <message>
        <source>“%1” is back in the sessions list.</source>
        <translation>“%1” kembali ke daftar sesi.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Kosongkan tempat sampah</translation>
    </message>
    <message>
        <source>Delete the %1 sessions in the trash for good? Their participants, notes and everything recorded in them are deleted too and cannot be brought back. Backups and bundles made before now still hold them.</source>
        <translation>Hapus permanen %1 sesi di tempat sampah? Peserta, catatan, dan semua yang direkam di dalamnya ikut terhapus dan tidak dapat dikembalikan. Cadangan dan bundel yang dibuat sebelum saat ini masih menyimpannya.</translation>
    </message>
    <message>
        <source>%1 sessions deleted for good.</source>
        <translation>%1 sesi dihapus permanen.</translation>
    </message>
    <message>
        <source>The trash was not emptied: %1</source>
        <translation>Tempat sampah tidak dikosongkan: %1</translation>
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
    <name>ShiftBar</name>
    <message>
        <source>Shift the plan</source>
        <translation>Geser rencana</translation>
    </message>
    <message>
        <source>Keep the plan</source>
        <translation>Tetap sesuai rencana</translation>
    </message>
    <message>
        <source>Undo shift</source>
        <translation>Batalkan pergeseran</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Started at %1, %2 late (planned %3).</source>
        <translation>Dimulai pukul %1, terlambat %2 (rencana %3).</translation>
    </message>
    <message>
        <source>Started at %1, %2 early (planned %3).</source>
        <translation>Dimulai pukul %1, lebih cepat %2 (rencana %3).</translation>
    </message>
    <message>
        <source>Shift today&apos;s plan to start at %1?</source>
        <translation>Geser rencana hari ini agar mulai pukul %1?</translation>
    </message>
    <message>
        <source>Today&apos;s plan now starts at %1; the console measures the day from there.</source>
        <translation>Rencana hari ini kini mulai pukul %1; konsol mengukur hari ini dari situ.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Run shortcuts</source>
        <translation>Pintasan saat menjalankan sesi</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Fungsi</translation>
    </message>
</context>
<context>
    <name>SoundDialog</name>
    <message>
        <source>Sound</source>
        <translation>Suara</translation>
    </message>
    <message>
        <source>&amp;Chime at warning and at zero</source>
        <translation>&amp;Bunyikan lonceng saat peringatan dan saat waktu habis</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>No sound device was found: the timer runs visual-only.</source>
        <translation>Perangkat suara tidak ditemukan: timer hanya berjalan secara visual.</translation>
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
        <source>A Lokakarya command (process %1) is writing to the data folder
%2

Wait until it has finished, then start again.</source>
        <translation>Sebuah perintah Lokakarya (proses %1) sedang menulis ke folder data
%2

Tunggu sampai selesai, lalu jalankan kembali.</translation>
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
    <message>
        <source>Backup not restored</source>
        <translation>Cadangan tidak dipulihkan</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored; your data file was left as it was.

Details are in the log file in %2.</source>
        <translation>Cadangan %1 tidak dapat dipulihkan; berkas data Anda dibiarkan seperti semula.

Rinciannya ada di berkas log di %2.</translation>
    </message>
    <message>
        <source>Updating the data file for this version of Lokakarya; one moment…</source>
        <translation>Memperbarui berkas data untuk versi Lokakarya ini; mohon tunggu sebentar…</translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <source>Add a tag (Ctrl+T)…</source>
        <translation>Tambah label (Ctrl+T)…</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>BerAKHLAK values and the mindset shifts</source>
        <translation>Nilai BerAKHLAK dan perubahan pola pikir</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>Hapus label ini</translation>
    </message>
</context>
<context>
    <name>TalliesTab</name>
    <message>
        <source>e.g. Which value should we work on first?</source>
        <translation>mis. Nilai mana yang perlu kita dahulukan?</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Satu pilihan per baris</translation>
    </message>
    <message>
        <source>Create vote</source>
        <translation>Buat pemungutan suara</translation>
    </message>
    <message>
        <source>Delete vote</source>
        <translation>Hapus pemungutan suara</translation>
    </message>
    <message>
        <source>New vote</source>
        <translation>Pemungutan suara baru</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Votes of this session</source>
        <translation>Pemungutan suara di sesi ini</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah suara</translation>
    </message>
    <message>
        <source>No vote yet</source>
        <translation>Belum ada pemungutan suara</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>titik</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>acungan tangan</translation>
    </message>
    <message>
        <source>Total: %1 %2</source>
        <translation>Total: %1 %2</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Suara</translation>
    </message>
    <message>
        <source>Enter count</source>
        <translation>Isi jumlah suara</translation>
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
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Ikuti &amp;sistem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
</context>
<context>
    <name>TimerSettingsDialog</name>
    <message>
        <source>Timer settings — %1</source>
        <translation>Pengaturan timer — %1</translation>
    </message>
    <message>
        <source>Count &amp;up (open-ended activity)</source>
        <translation>Hitung &amp;maju (kegiatan tanpa batas waktu)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>Warning (amber) when this much is left, or:</source>
        <translation>Peringatan (kuning) saat sisa waktu tinggal sebanyak ini, atau:</translation>
    </message>
    <message>
        <source>Share of the time:</source>
        <translation>Persentase waktu:</translation>
    </message>
    <message>
        <source>Seconds:</source>
        <translation>Detik:</translation>
    </message>
    <message>
        <source>Danger (red) when this much is left, or:</source>
        <translation>Bahaya (merah) saat sisa waktu tinggal sebanyak ini, atau:</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Bawaan</translation>
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
    <name>VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Periksa keaslian sertifikat</translation>
    </message>
    <message>
        <source>or paste the text a QR scanner read</source>
        <translation>atau tempel teks hasil pemindai QR</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation>&amp;Nomor sertifikat</translation>
    </message>
    <message>
        <source>&amp;Check value</source>
        <translation>&amp;Kode periksa</translation>
    </message>
    <message>
        <source>QR &amp;text</source>
        <translation>&amp;Teks QR</translation>
    </message>
    <message>
        <source>Type the number and the check value printed beside the QR code.</source>
        <translation>Ketik nomor dan kode periksa yang tercetak di samping kode QR.</translation>
    </message>
    <message>
        <source>%1, %2 JP, “%3”, issued on %4.</source>
        <translation>%1, %2 JP, “%3”, terbit %4.</translation>
    </message>
    <message>
        <source>✔ Genuine: issued by this laptop. %1</source>
        <translation>✔ Asli: diterbitkan oleh laptop ini. %1</translation>
    </message>
    <message>
        <source>✔ Genuine, but replaced by a corrected certificate (revision %1). %2</source>
        <translation>✔ Asli, tetapi telah diganti sertifikat koreksi (revisi %1). %2</translation>
    </message>
    <message>
        <source>Listed in a register imported from another laptop; only that laptop can confirm the check value. %1</source>
        <translation>Tercatat dalam register yang diimpor dari laptop lain; hanya laptop itu yang dapat memastikan kode periksanya. %1</translation>
    </message>
    <message>
        <source>✘ The number is in the register but the check value does not match.</source>
        <translation>✘ Nomor ada di register, tetapi kode periksanya tidak cocok.</translation>
    </message>
    <message>
        <source>✘ This number is not in the register of this laptop.</source>
        <translation>✘ Nomor ini tidak ada di register laptop ini.</translation>
    </message>
</context>
<context>
    <name>VoteMethod</name>
    <message>
        <source>Show of hands</source>
        <translation>Acungan tangan</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Voting titik</translation>
    </message>
</context>
<context>
    <name>WorkPlanStatus</name>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>WorkPlanTab</name>
    <message>
        <source>Group or institution</source>
        <translation>Kelompok atau instansi</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Kegiatan / langkah</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <source>Outcome indicator</source>
        <translation>Indikator hasil</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Kelompok: %1</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Instansi: %1</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>The number pattern is empty.</source>
        <translation>Pola nomor kosong.</translation>
    </message>
    <message>
        <source>The number pattern is too long (at most %1 characters).</source>
        <translation>Pola nomor terlalu panjang (paling banyak %1 karakter).</translation>
    </message>
    <message>
        <source>The number pattern holds a character a certificate number cannot have (a control character or |).</source>
        <translation>Pola nomor memuat karakter yang tidak boleh ada dalam nomor sertifikat (karakter kendali atau |).</translation>
    </message>
    <message>
        <source>The number pattern has a { without its } (or the other way round).</source>
        <translation>Pola nomor memuat { tanpa pasangan } (atau sebaliknya).</translation>
    </message>
    <message>
        <source>The number pattern uses %1, which is not known. Use {no}, {org}, {year} and {month}.</source>
        <translation>Pola nomor memakai %1, yang tidak dikenal. Gunakan {no}, {org}, {year} dan {month}.</translation>
    </message>
    <message>
        <source>%1 cannot be written that way. Only the running number takes a width, such as {no:03}.</source>
        <translation>%1 tidak dapat ditulis seperti itu. Hanya nomor urut yang boleh diberi lebar, misalnya {no:03}.</translation>
    </message>
    <message>
        <source>The number pattern needs {no} (the running number), or two certificates would get the same number.</source>
        <translation>Pola nomor harus memuat {no} (nomor urut); tanpa itu dua sertifikat akan bernomor sama.</translation>
    </message>
    <message>
        <source>The office code is too long (at most %1 characters).</source>
        <translation>Kode kantor terlalu panjang (paling banyak %1 karakter).</translation>
    </message>
    <message>
        <source>The office code holds a control character or |.</source>
        <translation>Kode kantor memuat karakter kendali atau |.</translation>
    </message>
    <message>
        <source>The running number %1 is out of range.</source>
        <translation>Nomor urut %1 di luar batas.</translation>
    </message>
    <message>
        <source>The certificate number would be too long (at most %1 characters).</source>
        <translation>Nomor sertifikat akan terlalu panjang (paling banyak %1 karakter).</translation>
    </message>
    <message>
        <source>A field is too long (at most %1 characters).</source>
        <translation>Ada isian yang terlalu panjang (paling banyak %1 karakter).</translation>
    </message>
    <message>
        <source>A field holds a control character.</source>
        <translation>Salah satu isian memuat karakter kendali.</translation>
    </message>
    <message>
        <source>This is not the text of a Lokakarya certificate&apos;s QR code. Type the number and the check value instead.</source>
        <translation>Ini bukan teks kode QR sertifikat Lokakarya. Ketik nomor dan kode periksanya saja.</translation>
    </message>
    <message>
        <source>The certificate settings cannot be used (%1).</source>
        <translation>Pengaturan sertifikat tidak dapat dipakai (%1).</translation>
    </message>
    <message>
        <source>One JP must be between %1 and %2 minutes.</source>
        <translation>Satu JP harus antara %1 dan %2 menit.</translation>
    </message>
    <message>
        <source>The minimum attendance must be between 0 and 100 %.</source>
        <translation>Kehadiran minimum harus antara 0 dan 100 %.</translation>
    </message>
    <message>
        <source>No participant has completed this training yet: certificates go to those whose attendance reached the minimum. Take attendance on the People page first.</source>
        <translation>Belum ada peserta yang tuntas: sertifikat diberikan kepada peserta yang kehadirannya mencapai batas minimum. Ambil presensi di halaman Peserta terlebih dahulu.</translation>
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
        <source>%1 sessions deleted for good.</source>
        <translation>%1 sesi dihapus permanen.</translation>
    </message>
    <message>
        <source>there is no Lokakarya store in %1</source>
        <translation>tidak ada penyimpanan Lokakarya di %1</translation>
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
    <message>
        <source>cannot write the file: %1</source>
        <translation>tidak dapat menulis berkas: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 adalah folder, bukan berkas</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>folder %1 tidak ada</translation>
    </message>
    <message>
        <source>no session matches %1</source>
        <translation>tidak ada sesi yang cocok dengan %1</translation>
    </message>
    <message>
        <source>%1 matches %2 sessions; give more of the title or the id</source>
        <translation>%1 cocok dengan %2 sesi; tulis judul yang lebih lengkap atau id-nya</translation>
    </message>
    <message>
        <source>merged %1 into the store (backup: %2)</source>
        <translation>%1 digabungkan ke penyimpanan (cadangan: %2)</translation>
    </message>
    <message>
        <source>the data is open in Lokakarya (pid %1); close it first</source>
        <translation>data sedang dibuka di Lokakarya (pid %1); tutup dulu aplikasinya</translation>
    </message>
    <message>
        <source>another Lokakarya command (pid %1) is writing the data; try again in a moment</source>
        <translation>perintah Lokakarya lain (pid %1) sedang menulis data; coba lagi sebentar lagi</translation>
    </message>
    <message>
        <source>the data is busy (another program is writing it); try again soon</source>
        <translation>data sedang sibuk (program lain sedang menulisnya); coba lagi nanti</translation>
    </message>
    <message>
        <source>the workbook has no sheet %1 (it has: %2)</source>
        <translation>buku kerja tidak memiliki sheet %1 (yang ada: %2)</translation>
    </message>
    <message>
        <source>nobody imported: %1 problem(s) to correct in the sheet first</source>
        <translation>tidak ada yang diimpor: %1 masalah harus diperbaiki dulu di daftar</translation>
    </message>
    <message>
        <source>nobody new to import</source>
        <translation>tidak ada peserta baru untuk diimpor</translation>
    </message>
    <message>
        <source>dry run: %1 participants would be imported; nothing was changed</source>
        <translation>uji coba: %1 peserta akan diimpor; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>imported %1 participants</source>
        <translation>%1 peserta diimpor</translation>
    </message>
    <message>
        <source>%1: header on line %2, %3 people read</source>
        <translation>%1: judul kolom di baris %2, %3 orang terbaca</translation>
    </message>
    <message>
        <source>%1 already on the list, skipped</source>
        <translation>%1 sudah ada di daftar, dilewati</translation>
    </message>
</context>
</TS>

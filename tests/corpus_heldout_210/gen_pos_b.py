"""Positive templates, part B: prescriptions, insurer and agency forms, quick
notes, forwards, replies, records requests (Ontario, Belgium, France),
calendar invitations, wait-lists, contact cards, attached messages,
dietitian / psychology / sleep / paediatric / complication mail."""
import datetime

import gen_attach as A
import gen_clin as K
from gen_common import (SITES, age_on, fmt_date, make_nir, make_niss, make_ohip, make_sin, pick, signature,
                        staff_name)
from gen_mime import Att, Mail, simple_eml
from gen_pos_a import greet, id_lines, one_liner, thanks

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def msgid(c, n=0):
    import hashlib
    h = hashlib.sha1(f'{c.tag}/{n}'.encode()).hexdigest()
    return f'<{h[:16]}.{h[16:24]}@mail.rsbe.example>'


# ---------------------------------------------------------------------------
# 9. prescription to a community pharmacy
# ---------------------------------------------------------------------------
def prescription(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(groups=('adult', 'teen', 'senior'))
    md = c.md()
    pharm = pick(rng, [('Pharmacie Ducharme & Vo', 'labo@pharm-ducharme.example'),
                       ('Pharmacie du Boisé', 'ordonnances@pharmaboise.example'),
                       ('Pharmacie centrale Val-Brûlé', 'rx@pcvb.example')])
    meds = K.med_list(d, p, rng.randint(1, 3))
    lines = [greet(c), '', L('Veuillez servir l\'ordonnance suivante :', 'Please fill the following prescription:'), '']
    lines += id_lines(c, p, want_mrn=False)
    if rng.random() < 0.5:
        lines.append(L('Adresse : ', 'Address: ') + d.address(p))
    lines.append('')
    for m in meds:
        lines.append(f'Rx  {m}  ' + L(f'— {rng.randint(1, 5)} renouvellement(s)', f'- refills: {rng.randint(1, 5)}'))
    if rng.random() < 0.5:
        lines.append(L('Indication : ', 'Indication: ') + K.obesity_dx(d, p, 1))
    lines += ['', L('Original conservé au dossier. Licence CMQ 1-' + str(rng.randint(10000, 99999)),
                    'Original kept on file. CMQ licence 1-' + str(rng.randint(10000, 99999))), '', signature(md, c.lang, rng)]
    atts = []
    text = '\n'.join(lines)
    if rng.random() < 0.35:
        atts.append(Att(L('ordonnance.pdf', 'prescription.pdf'), 'application/pdf',
                        A.pdf(L('Ordonnance', 'Prescription'), lines[3:-1])))
        text = '\n'.join([greet(c), '', L('Ordonnance signée en pièce jointe, merci.', 'Signed prescription attached, thanks.'),
                          '', signature(md, c.lang, rng)])
    subj = pick(rng, [L('Ordonnance', 'Prescription'), L('Rx — renouvellement', 'Rx renewal'),
                      L('Ordonnance GLP-1', 'GLP-1 prescription'), L('Nouvelle ordonnance patient(e) bariatrique', 'New Rx bariatric patient')])
    return Mail(c.lang, 'prescription', 'prescription sent to community pharmacy', subj, c.addr(md), [pharm], text,
                attachments=atts)


# ---------------------------------------------------------------------------
# 10. insurer: prior authorisation (GLP-1) or disability claim (SIN)
# ---------------------------------------------------------------------------
def insurer(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(nam=rng.random() < 0.4, groups=('adult',))
    md = c.md()
    disability = rng.random() < 0.55
    if disability:
        ins, pre = pick(rng, [(('Mutuelle des Bâtisseurs — invalidité', 'invalidite@mutbat.example'), 'MB'),
                              (('Maple Shield Life - Disability claims', 'disability@mapleshield.example'), 'MSL')])
    else:
        ins, pre = pick(rng, [(('Assurances Laurentis — Médicaments', 'autorisation@laurentis.example'), 'LAU'),
                              (('Maple Shield Life - Drug claims', 'priorauth@mapleshield.example'), 'MSL')])
    cert = f'{pre}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}'
    rows = []
    rows.append((L('Nom de l\'assuré(e)', 'Insured member'), d.name(p, 'last_first')))
    rows.append((L('Date de naissance', 'Date of birth'), d.dob(p)))
    if p.nam:
        rows.append((L('Sexe', 'Sex'), d.sex(p, 1)))
        rows.append(('NAM', d.nam(p, pick(rng, ['plain', 'spaced']))))
    rows.append((L('No de certificat', 'Certificate no.'), cert))
    if disability:
        rows.append((L('NAS', 'SIN'), d.sin(make_sin(rng), pick(rng, ['spaced', 'hyphen', 'plain']))))
        rows.append((L('Diagnostic', 'Diagnosis'), K.complication(d, pick(rng, [0, 2, 4, 6]))))
        rows.append((L('Intervention', 'Surgery'), K.planned_surgery(d) + ' ' + fmt_date(c.past(10, 40), c.lang, 2)))
        rows.append((L('Arrêt de travail prévu', 'Expected time off work'), L(f'{rng.randint(4, 10)} semaines', f'{rng.randint(4, 10)} weeks')))
        title = L('Déclaration du médecin traitant — invalidité', 'Attending physician statement - disability')
        note = 'disability claim physician statement to insurer'
    else:
        rows.append((L('Médicament demandé', 'Drug requested'), K.med(d, 'glp1', pick(rng, [0, 2, 4]))))
        rows.append((L('Diagnostic', 'Diagnosis'), K.obesity_dx(d, p, 0) + ', ' + ', '.join(K.comorbs(d, p, 2))))
        rows.append((L('Essais antérieurs', 'Previous trials'), K.med(d, 'glp1', pick(rng, [6, 7])) + L(' (6 mois, échec)', ' (6 months, failed)')))
        rows.append((L('Dernière HbA1c', 'Last HbA1c'), K.lab_values(d, 1, [0])[0]))
        title = L('Demande d\'autorisation préalable', 'Prior authorization request')
        note = 'prior authorization request for anti-obesity medication'
    kind = rng.randrange(3)
    atts = []
    if kind == 0:
        atts.append(Att(L('formulaire_assureur.pdf', 'insurer_form.pdf'), 'application/pdf',
                        A.pdf(title, [f'{k}: {v}' for k, v in rows] + ['', staff_name(md, c.lang)])))
    elif kind == 1:
        atts.append(Att(L('Déclaration_médecin.docx', 'Physician_statement.docx'), DOCX,
                        A.docx(title, [L('Formulaire rempli par le médecin traitant.', 'Completed by the attending physician.')],
                               table=[[k, v] for k, v in rows]), rfc2231=True))
    body = [greet(c), '', L(f'Veuillez trouver ci-joint le formulaire dûment rempli (certificat {cert}).',
                           f'Please find the completed form attached (certificate {cert}).') if atts else
            L('Voici les renseignements demandés :', 'Here is the information requested:'), '']
    if not atts:
        body += [f'{k} : {v}' if c.lang == 'fr' else f'{k}: {v}' for k, v in rows] + ['']
    body += [thanks(c), '', signature(md, c.lang, rng)]
    subj = pick(rng, [title, L(f'Certificat {cert}', f'Certificate {cert}'), L('Formulaire assurance', 'Insurance form')])
    return Mail(c.lang, 'insurer', note, subj, c.addr(md), [ins], '\n'.join(body), attachments=atts)


# ---------------------------------------------------------------------------
# 11. agency: CLSC / social worker / income support / youth protection
# ---------------------------------------------------------------------------
def agency(c):
    rng, d, L = c.rng, c.doc, c.L
    child = rng.random() < 0.3
    p = c.patient(nam=True if child else None, groups=('child', 'teen') if child else ('adult', 'senior'),
                  age=(8, 16) if child else (25, 70))
    sw = c.staff(lambda s: 'social' in s[4])
    if child:
        to = ('Réception des signalements DPJ' if c.lang == 'fr' else 'Youth protection intake', 'signalement@dpj-boreal.example')
        soc = K.social(d, 7)
        body = [greet(c), '', L(f'Suivi du signalement concernant {d.name(p, "full")}, suivi à notre clinique pédiatrique de gestion du poids.',
                                f'Follow-up to the report regarding {d.name(p, "full")}, followed at our paediatric weight clinic.'), '']
        body += id_lines(c, p, want_mrn=False)
        body += ['', L('Diagnostic : ', 'Diagnosis: ') + K.obesity_dx(d, p), L('Situation : ', 'Situation: ') + soc,
                 L('Trois rendez-vous manqués depuis janvier; parent injoignable au ', 'Three missed visits since January; parent unreachable at ')
                 + d.phone(p) + '.', '', signature(sw, c.lang, rng)]
        subj = L('Suivi de signalement', 'Report follow-up')
        note = 'social worker follow-up to youth protection about a child'
    else:
        sin_case = rng.random() < 0.75
        to = pick(rng, [('CLSC des Deux-Ponts — accueil psychosocial', 'accueil.psychosocial@clsc-deuxponts.example'),
                        ('Bureau de l\'aide financière de dernier recours', 'dossiers@aidefin-boreal.example')])
        body = [greet(c), '', L(f'Je vous adresse {d.name(p, "title")} pour soutien.', f'Referring {d.name(p, "title")} for support.'), '']
        body += id_lines(c, p, want_mrn=rng.random() < 0.3)
        if sin_case:
            body.append(L('NAS : ', 'SIN: ') + d.sin(make_sin(rng)))
        body += [L('Adresse : ', 'Address: ') + d.address(p),
                 L('Contexte : ', 'Context: ') + K.social(d) + '; ' + K.social(d),
                 L('Condition médicale : ', 'Medical condition: ') + K.planned_surgery(d) + L(' prévue, ', ' planned, ') +
                 L('convalescence de 6 semaines sans revenu.', '6-week recovery without income.'),
                 '', L('Pouvez-vous la/le contacter?', 'Could you reach out?'), '', signature(sw, c.lang, rng)]
        subj = pick(rng, [L('Demande de service psychosocial', 'Psychosocial referral'), L('Référence — soutien social', 'Referral - social support'),
                          L('Demande d\'aide financière', 'Income support request')])
        note = 'social work referral to community agency'
    return Mail(c.lang, 'agency', note, subj, c.addr(sw), [to], '\n'.join(body))


# ---------------------------------------------------------------------------
# 12. quick note between colleagues
# ---------------------------------------------------------------------------
def quicknote(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(nam=False)
    a, b = c.clin(), c.md()
    k = rng.randrange(6)
    if k == 5:  # chart number only, no name
        t = L(f'Dossier {d.mrn(p)} : {K.lab_values(d, 1, [pick(rng, [1, 2, 6])])[0]}, {K.symptom(d, pick(rng, [5, 6, 7]))}. '
              f'Je lui ai prescrit {K.med(d, "supp", pick(rng, [3, 4]))}, peux-tu contresigner?',
              f'Chart {d.mrn(p)}: {K.lab_values(d, 1, [pick(rng, [1, 2, 6])])[0]}, {K.symptom(d, pick(rng, [5, 6, 7]))}. '
              f'I ordered {K.med(d, "supp", pick(rng, [3, 4]))}, can you co-sign?')
    elif k == 0:
        t = L(f'Peux-tu passer voir {d.name(p, "title_last")} en 5112 avant de partir? {K.symptom(d)}, J{rng.randint(1, 4)} post-op.',
              f'Can you swing by and see {d.name(p, "title_last")} in 5112 before you leave? {K.symptom(d)}, POD{rng.randint(1, 4)}.')
    elif k == 1:
        t = L(f'{d.name(p, "lower")} a appelé, {K.symptom(d)}. Je lui ai dit de se présenter à l\'urgence.',
              f'{d.name(p, "lower")} called, {K.symptom(d)}. Told {"her" if p.sex == "F" else "him"} to go to the ED.')
    elif k == 2:
        t = L(f'Pour info : {d.name(p, "initial")} (dossier {d.mrn(p)}) a cessé {K.med(d, "glp1")} à cause des nausées.',
              f'FYI {d.name(p, "initial")} (chart {d.mrn(p)}) stopped {K.med(d, "glp1")} because of nausea.')
    elif k == 3:
        t = L(f'{d.name(p, "given")} {d.name(p, "surname").upper()[0]}. — ton patient de jeudi — {K.lab_values(d, 1)[0]}. On reporte la chirurgie?',
              f'{d.name(p, "given")} {d.name(p, "surname")[0]}. from Thursday clinic - {K.lab_values(d, 1)[0]}. Do we postpone surgery?')
    else:
        t = L(f'Rappel : {d.name(p, "full")} doit arrêter {K.med(d, "dm", 1)} 3 jours avant sa {K.planned_surgery(d, 0)}.',
              f'Reminder: {d.name(p, "full")} must hold {K.med(d, "dm", 1)} 3 days before {K.planned_surgery(d, 0)}.')
    text = '\n'.join([t, '', pick(rng, [a[0], a[0][0] + '.', f'{a[0]}\n{L("Envoyé de mon iPhone", "Sent from my iPhone")}'])])
    subj = pick(rng, [L('petite question', 'quick question'), L('pt', 'pt'), L('urgent svp', 'urgent pls'), 'FYI',
                      L('Suivi', 'Follow-up'), L('appel patient', 'patient call')])
    return Mail(c.lang, 'note', 'quick note between colleagues about a patient', subj, c.addr(a, False), [c.addr(b, False)], text,
                prefer='plain')


# ---------------------------------------------------------------------------
# 13. inline forward
# ---------------------------------------------------------------------------
def forward(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(groups=('adult', 'senior'))
    a, b, orig = c.clin(), c.md(), c.staff(lambda s: 'FMG' in s[4])
    od = c.past(1, 6)
    F = p.sex == 'F'
    inner = [greet(c), '', L(f'{"Ma patiente" if F else "Mon patient"} {d.name(p, "full")}', f'My patient {d.name(p, "full")}') +
             (f' ({L("NAM", "NAM")} {d.nam(p)}, {L("DDN", "DOB")} {d.dob(p)}, {d.sex(p, 2)})' if p.nam else
              f' ({L("DDN", "DOB")} {d.dob(p)})') +
             L(f', {"opérée" if F else "opéré"} chez vous : ', ', operated at your centre: ') + K.surgery(d, p) + '.',
             L('Présente maintenant ', 'Now has ') + K.symptom(d) + L(' et ', ' and ') + K.lab_values(d, 1)[0] + '.',
             L(f'Pouvez-vous {"la" if F else "le"} revoir plus tôt que prévu?', f'Could you see {"her" if F else "him"} sooner than planned?'), '', orig[0]]
    hdr = L(['---------- Message transféré ----------', f'De : {staff_name(orig, "fr")} <{orig[0].lower()}@gmf-deuxrivieres.example>',
             f'Date : {fmt_date(od, "fr", 1)}', f'Objet : {"Patiente opérée" if p.sex == "F" else "Patient opéré"} — revoir svp', f'À : Clinique bariatrique <clinique.bariatrique@rsbe.example>'],
            ['---------- Forwarded message ---------', f'From: {staff_name(orig, "en")} <{orig[0].lower()}@gmf-deuxrivieres.example>',
             f'Date: {fmt_date(od, "en", 1)}', 'Subject: Post-op patient - please review', 'To: Bariatric clinic <clinique.bariatrique@rsbe.example>'])
    top = pick(rng, [L('Peux-tu lui trouver une place cette semaine?', f'Can you find {"her" if F else "him"} a slot this week?'),
                     L('Pour ton avis.', 'For your opinion.'), L('Voir ci-dessous. Je m\'en occupe si tu préfères.', 'See below. I can take it if you prefer.')])
    text = '\n'.join([top, '', a[0], '', ''] + hdr + [''] + inner)
    subj = L(f'TR: {"Patiente opérée" if F else "Patient opéré"} — revoir svp', 'Fwd: Post-op patient - please review')
    return Mail(c.lang, 'forward', 'inline forwarded thread about a post-op patient', subj, c.addr(a), [c.addr(b)], text)


# ---------------------------------------------------------------------------
# 14. reply with quoted text (PHI only in the quote)
# ---------------------------------------------------------------------------
def reply(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(groups=('adult', 'teen'))
    a, b = c.md(), c.clin()
    od = c.past(0, 3)
    quoted = [L(f'Le {fmt_date(od, "fr", 1)}, {b[0]} {b[1]} a écrit :', f'On {fmt_date(od, "en", 1)}, {b[0]} {b[1]} wrote:'),
              L(f'> {d.name(p, "last_first")} — {K.planned_surgery(d)} prévue le {fmt_date(c.future(), "fr", 2)}.',
                f'> {d.name(p, "last_first")} - {K.planned_surgery(d)} booked for {fmt_date(c.future(), "en", 2)}.'),
              '> ' + L('Préop : ', 'Pre-op: ') + ', '.join(K.lab_values(d, 2)),
              '> ' + L('Prend à domicile : ', 'Home med: ') + K.med(d, 'other') + L('. On continue?', '. Continue?')]
    if p.nam and rng.random() < 0.7:
        quoted.insert(2, f'> NAM {d.nam(p)} / {d.dob(p)} / {d.sex(p, 0)}')
    top = pick(rng, [L('Oui, on poursuit. Ajuster en post-op.', 'Yes, continue. Adjust post-op.'),
                     L('OK pour moi.', 'Fine by me.'), L('Non, à cesser 48 h avant. Merci d\'aviser.', 'No, hold 48 h before. Please let the patient know.')])
    text = '\n'.join([top, '', a[0], ''] + quoted)
    mid = msgid(c, 7)
    subj = L('RE: question préop', 'RE: pre-op question')
    return Mail(c.lang, 'reply', 'reply with quoted pre-op question', subj, c.addr(a), [c.addr(b)], text,
                in_reply_to=mid, prefer=pick(rng, ['plain', 'alt']))


# ---------------------------------------------------------------------------
# 15. records transfer: Ontario (OHIP), Belgium (NISS), France (NIR)
# ---------------------------------------------------------------------------
def records(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(nam=False, age=(28, 62))
    where = rng.randrange(3)
    me = c.staff(lambda s: 'administrative' in s[4] or 'navigator' in s[4] or 'Ontario' in s[4])
    hist = K.surgery(d, p)
    if where == 0:
        ident = L('No carte Santé Ontario : ', 'Ontario health card: ') + d.ohip(make_ohip(rng), version=pick(rng, ['', 'AK', 'PM']))
        ext = ('Health Records, Ottawa Valley General' if c.lang == 'en' else 'Archives médicales, Ottawa Valley General',
               'healthrecords@ovg.example')
        origin = 'Ontario'
    elif where == 1:
        ident = L('NISS : ', 'Belgian national number (NISS): ') + d.niss(make_niss(rng, p.dob, p.sex))
        ext = ('Service des archives — Clinique Saint-Rémi, Namur', 'archives@csr-namur.example')
        origin = 'Belgique' if c.lang == 'fr' else 'Belgium'
    else:
        ident = L('NIR (sécurité sociale) : ', 'French social security no. (NIR): ') + d.nir(make_nir(rng, p.dob, p.sex))
        ext = ('Hôpital privé des Tilleuls — dossiers patients', 'dossiers@tilleuls-lyon.example')
        origin = 'France'
    lines = [greet(c), '',
             L(f'Nous demandons copie du dossier opératoire de l\'usager(ère) suivant(e), opéré(e) en {origin} et maintenant suivi(e) chez nous :',
               f'We are requesting the operative records of the following patient, operated in {origin} and now followed here:'), '',
             L('Nom : ', 'Name: ') + d.name(p, pick(rng, ['last_first', 'upper_last'])),
             L('Date de naissance : ', 'Date of birth: ') + d.dob(p), ident,
             L('Intervention : ', 'Surgery: ') + hist,
             L('Motif : ', 'Reason: ') + K.complication(d, pick(rng, [1, 2, 7, 8, 9])), '',
             L('Consentement signé en pièce jointe.', 'Signed consent attached.'), '', signature(me, c.lang, rng)]
    cons = [L('Autorisation de communiquer des renseignements', 'Authorization to release information'), '',
            lines[4], lines[5], lines[6], '', L('Signature de l\'usager : ______ (signé)', 'Patient signature: ______ (signed)')]
    atts = [Att(L('Consentement_communication.pdf', 'Release_consent.pdf'), 'application/pdf', A.pdf(cons[0], cons[2:]))]
    if rng.random() < 0.3:
        atts = [Att(L('consentement.zip', 'consent.zip'), 'application/zip',
                    A.zip_bytes([(L('Consentement_signé.pdf', 'Signed_consent.pdf'), A.pdf(cons[0], cons[2:]))]))]
    subj = pick(rng, [L('Demande de dossier médical', 'Medical records request'), L(f'Transfert de dossier — {"patiente opérée" if p.sex == "F" else "patient opéré"} à l\'étranger', 'Records transfer - patient operated abroad')])
    return Mail(c.lang, 'records', 'request for operative records from another jurisdiction', subj, c.addr(me), [ext],
                '\n'.join(lines), attachments=atts)


# ---------------------------------------------------------------------------
# 16. calendar invitation (ICS) for a patient appointment
# ---------------------------------------------------------------------------
def appointment(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(groups=('adult', 'teen', 'senior'))
    org = c.staff(lambda s: 'navigator' in s[4] or 'administrative' in s[4])
    att = [c.md()]
    att.append(c.staff(lambda s: s not in (org, att[0]) and ('nurse' in s[4] or 'dietitian' in s[4] or 'resident' in s[4])))
    day = c.future(2, 30)
    h = pick(rng, [8, 9, 10, 13, 14])
    start = datetime.datetime(day.year, day.month, day.day, h, pick(rng, [0, 30]))
    end = start + datetime.timedelta(minutes=pick(rng, [30, 45, 60]))
    what = pick(rng, [L('Consultation préopératoire', 'Pre-op consult'), L('Gastroscopie de contrôle', 'Follow-up gastroscopy'),
                      L('Suivi 6 mois post-op', '6-month post-op visit'), L('Rencontre multidisciplinaire', 'MDT meeting')])
    summary = f'{what} — {d.name(p, pick(rng, ["last_first", "initial", "title"]))}'
    desc = L('Motif : ', 'Reason: ') + K.complication(d) + L('. Dossier ', '. MRN ') + d.mrn(p)
    if p.nam:
        desc += f'. NAM {d.nam(p, "plain")}, {L("DDN", "DOB")} {d.dob(p, 0)}, {d.sex(p, 1)}'
    loc = f'{SITES[rng.randrange(2)][0]}, {L("local", "room")} {rng.randint(1, 4)}{rng.randint(10, 60)}'
    ical = A.ics(f'{c.tag}-evt@rsbe.example', start, end, summary, desc, loc, (f'{org[0]} {org[1]}', c.addr(org)[1]),
                 [c.addr(x) for x in att])
    body = [L('Invitation envoyée depuis l\'agenda du programme.', 'Invitation sent from the program calendar.'), '',
            L(f'Quand : {fmt_date(day, "fr", 0)}, {start:%H} h {start:%M}',
              f'When: {fmt_date(day, "en", 0)}, {start.hour % 12 or 12}:{start:%M} {"am" if start.hour < 12 else "pm"}'), '', org[0]]
    subj = L('Invitation : ', 'Invitation: ') + summary
    return Mail(c.lang, 'appointment', 'calendar invitation for a patient visit', subj, c.addr(org), [c.addr(x) for x in att],
                '\n'.join(body), attachments=[Att('invite.ics', 'text/calendar', ical, charset='utf-8',
                                                   cte=pick(rng, ['quoted-printable', 'base64', '8bit']))])


# ---------------------------------------------------------------------------
# 17. wait-list spreadsheet / CSV / ZIP
# ---------------------------------------------------------------------------
def waitlist(c):
    rng, d, L = c.rng, c.doc, c.L
    n = rng.randint(5, 9)
    pts = [c.patient(nam=(i < 3), groups=('adult', 'teen')) for i in range(n)]
    head = L(['Nom', 'Prénom', 'DDN', 'Sexe', 'NAM', 'IMC', 'Intervention', 'Priorité'],
             ['Surname', 'Given name', 'DOB', 'Sex', 'NAM', 'BMI', 'Procedure', 'Priority'])
    rows = [head]
    for p in pts:
        rows.append([d.name(p, 'surname').upper(), d.name(p, 'given'), d.dob(p, 0), d.sex(p, 0) if p.nam else p.sex,
                     d.nam(p, 'plain') if p.nam else '', K.num(K.bmi_value(rng), c.lang), K.planned_surgery(d), pick(rng, ['P2', 'P3', 'P4'])])
    kind = rng.randrange(3)
    stamp = f'{c.today:%Y-%m}'
    if kind == 0:
        att = Att(L(f'liste_attente_bariatrie_{stamp}.xlsx', f'bariatric_waitlist_{stamp}.xlsx'), XLSX,
                  A.xlsx([(L('Liste', 'List'), rows)]))
    elif kind == 1:
        sep = ';' if c.lang == 'fr' else ','
        att = Att(L(f'liste_attente_{stamp}.csv', f'waitlist_{stamp}.csv'), 'text/csv', A.csv_text(rows, sep),
                  charset=pick(rng, ['utf-8', 'windows-1252']) if c.lang == 'fr' else 'utf-8')
        try:
            att.data.encode(att.charset)
        except UnicodeEncodeError:
            att.charset = 'utf-8'
    else:
        att = Att(L(f'liste_attente_{stamp}.zip', f'waitlist_{stamp}.zip'), 'application/zip',
                  A.zip_bytes([(L('liste_attente.xlsx', 'waitlist.xlsx'), A.xlsx([('L', rows)])),
                               ('LISEZMOI.txt' if c.lang == 'fr' else 'README.txt',
                                L('Liste confidentielle, ne pas diffuser.\n', 'Confidential list, do not circulate.\n').encode('utf-8'))]))
    me = c.staff(lambda s: 'planning' in s[4] or 'administrative' in s[4])
    body = [greet(c), '', L(f'Voici la liste d\'attente à jour ({n} usagers à contacter ce mois-ci).',
                            f'Here is the updated wait list ({n} patients to call this month).'), '', thanks(c), '', me[0]]
    subj = L(f'Liste d\'attente {stamp}', f'Wait list {stamp}')
    return Mail(c.lang, 'waitlist', 'surgical wait list as attachment', subj, c.addr(me),
                [c.box('navigation.bariatrique', 'Infirmières pivots', 'Nurse navigators')], '\n'.join(body), attachments=[att])


# ---------------------------------------------------------------------------
# 18. contact card (vCard) passed to the nurse navigator
# ---------------------------------------------------------------------------
def contactcard(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(nam=False)
    a, b = c.staff(lambda s: 'administrative' in s[4]), c.staff(lambda s: 'navigator' in s[4] or 'nurse' in s[4])
    tel = d.phone(p)
    adr = d.address(p).split(',')[0] + ', ' + d.address(p).split(',')[1].strip()
    card = A.vcard(d.name(p, 'full'), p.given, p.surname, tel=tel, adr=adr,
                   note=L('Usager(ère) bariatrique — ', 'Bariatric patient - ') + K.planned_surgery(d) + ' ' +
                   fmt_date(c.future(), c.lang, 2), bday=d.dob(p, 0))
    F = p.sex == 'F'
    body = [greet(c, b[0]), '', L(f'Fiche {"de la patiente" if F else "du patient"} qui a appelé ce matin pour devancer sa chirurgie. '
                                  f'Préfère être {"jointe" if F else "joint"} en soirée sur son cellulaire.',
                                  f'Card for the patient who called this morning about moving {"her" if F else "his"} surgery up. Prefers evening calls on cell.'),
            '', a[0]]
    fn = f'{d.name(p, "file")}.vcf'
    return Mail(c.lang, 'contact', 'patient contact card attached', L('Fiche contact', 'Contact card'), c.addr(a), [c.addr(b)],
                '\n'.join(body), attachments=[Att(fn, 'text/vcard', card, charset='utf-8')])


# ---------------------------------------------------------------------------
# 19. original message attached as message/rfc822
# ---------------------------------------------------------------------------
def attached_eml(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(groups=('adult', 'senior'))
    a, b = c.md(), c.clin()
    ed = datetime.datetime.combine(c.past(1, 5), datetime.time(10, 12), tzinfo=c.when.tzinfo)
    inner = [greet(c), '', one_liner(c, p), '', L('Vu(e) à l\'urgence cette nuit : ', 'Seen in the ED overnight: ') + K.symptom(d, pick(rng, [0, 1, 3, 7])) + '.',
             K.imaging(d, pick(rng, [1, 3, 6])) + '.', L('Admise en chirurgie, NPO, ', 'Admitted to surgery, NPO, ') + K.med(d, 'postop', 5) + '.', '',
             L('Urgentologue de garde', 'ED physician on call')]
    emlb = simple_eml((L('Urgence Lac-Argenté', 'Lac-Argenté ED'), 'urgence@rsbe.example'), c.addr(a),
                      L('Admission — usager bariatrique', 'Bariatric patient admission'), ed, msgid(c, 3), '\n'.join(inner),
                      charset='utf-8', cte=pick(rng, ['8bit', 'quoted-printable', 'base64']))
    body = [L('Pour ton information, voir le message de l\'urgence en pièce jointe.', 'FYI, see the ED message attached.'), '', a[0]]
    return Mail(c.lang, 'attached_eml', 'forwarded ED message attached as rfc822', L('TR: Admission', 'FW: Admission'), c.addr(a),
                [c.addr(b)], '\n'.join(body), attachments=[Att(L('Admission usager.eml', 'Admission.eml'), 'message/rfc822', emlb)])


# ---------------------------------------------------------------------------
# 20. dietitian / psychology / sleep notes
# ---------------------------------------------------------------------------
def allied(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(groups=('adult', 'teen'))
    kind = rng.randrange(3)
    md = c.surgeon()
    if kind == 0:
        me = c.staff(lambda s: 'dietitian' in s[4])
        body = [L(f'Évaluation nutritionnelle préop — {d.name(p, "full")}', f'Pre-op nutrition assessment - {d.name(p, "full")}'), '',
                L('Poids : ', 'Weight: ') + f'{rng.randint(105, 190)} kg; ' + K.obesity_dx(d, p, 2),
                L('Habitudes : grignotage en soirée, boissons sucrées 1 L/j.', 'Habits: evening grazing, 1 L/day sugary drinks.'),
                L('Diète préop hypocalorique 2 sem. expliquée. Prend ', 'Pre-op low-calorie diet for 2 weeks explained. Takes ') + K.med(d, 'supp') + '.',
                L('Avis : apte à la chirurgie du point de vue nutritionnel.', 'Opinion: nutritionally cleared for surgery.')]
        note = 'dietitian pre-op assessment'
    elif kind == 1:
        me = c.staff(lambda s: 'psycholog' in s[4])
        body = [L(f'Évaluation psychologique préchirurgicale : {d.name(p, "last_first")}', f'Pre-surgical psychological evaluation: {d.name(p, "last_first")}'), '',
                L('Antécédents : ', 'History: ') + K.comorbs(d, p, 1)[0] + ', ' + d.dx(L('trouble d\'hyperphagie boulimique', 'binge eating disorder')),
                L('Médication : ', 'Meds: ') + K.med(d, 'other', 0),
                L('Contexte : ', 'Context: ') + K.social(d, pick(rng, [2, 5, 6])),
                L('Recommandation : 6 séances de TCC avant la chirurgie, réévaluation en septembre.',
                  'Recommendation: 6 CBT sessions before surgery, re-assess in September.')]
        note = 'pre-surgical psychology evaluation'
    else:
        me = c.staff(lambda s: 'sleep' in s[4])
        body = [L(f'Résultat PSG — {d.name(p, "title")} ({L("dossier", "MRN")} {d.mrn(p)})', f'PSG result - {d.name(p, "title")} (MRN {d.mrn(p)})'), '',
                K.imaging(d, 5), d.dx(L('Apnée obstructive sévère.', 'Severe obstructive sleep apnea.')),
                L('CPAP autopilotée 8-14 cm H2O débutée, à apporter le jour de la chirurgie.',
                  'Auto-CPAP 8-14 cm H2O started, bring on day of surgery.')]
        note = 'sleep study result before bariatric surgery'
    if p.nam and rng.random() < 0.6:
        body.insert(1, f'NAM {d.nam(p)} — {d.dob(p)} — {d.sex(p, 2)}')
    body += ['', signature(me, c.lang, rng)]
    atts = []
    text = '\n'.join(body)
    if rng.random() < 0.3:
        atts.append(Att(L('évaluation.docx', 'evaluation.docx'), DOCX, A.docx(body[0], body[1:-1])))
        text = '\n'.join([greet(c), '', L('Rapport en pièce jointe : ', 'Report attached: ') + body[0], '', signature(me, c.lang, rng)])
    subj = pick(rng, [body[0].split('—')[0].split(':')[0].strip(), L('Évaluation préop', 'Pre-op evaluation'), L('Rapport', 'Report')])
    return Mail(c.lang, 'allied', note, subj, c.addr(me), [c.addr(md)], text, attachments=atts)


# ---------------------------------------------------------------------------
# 21. paediatric / adolescent obesity clinic (NAM children)
# ---------------------------------------------------------------------------
def paediatric(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(nam=True, groups=('child', 'teen'), age=(9, 17))
    md = c.staff(lambda s: 'endocrin' in s[4] or 'internist' in s[4])
    genet = ('Génétique médicale' if c.lang == 'fr' else 'Medical genetics', 'genetique@rsbe.example')
    lines = [greet(c), '', L('Demande de consultation — clinique pédiatrique de gestion du poids', 'Consult request - paediatric weight management clinic'), '']
    lines += id_lines(c, p, want_mrn=rng.random() < 0.5)
    lines += ['', L('Problème : ', 'Problem: ') + K.obesity_dx(d, p), L('Associé : ', 'Associated: ') + ', '.join(K.comorbs(d, p, 2)),
              L('Bilan : ', 'Work-up: ') + ', '.join(K.lab_values(d, 2, [0, 10]))]
    if age_on(p.dob, c.today) >= 12 and rng.random() < 0.6:
        lines.append(L('Traitement envisagé : ', 'Treatment considered: ') + K.med(d, 'glp1', 0))
    if rng.random() < 0.4:
        lines.append(L('Milieu : ', 'Home: ') + K.social(d, pick(rng, [1, 4, 7])))
    lines += ['', L('Parent joignable au ', 'Parent reachable at ') + d.phone(p) + '.', '', signature(md, c.lang, rng)]
    subj = pick(rng, [L('Consultation génétique — obésité précoce', 'Genetics consult - early-onset obesity'),
                      L(f'Demande : {d.name(p, "initial")}', f'Request: {d.name(p, "initial")}')])
    return Mail(c.lang, 'paediatric', 'paediatric obesity consult request', subj, c.addr(md), [genet], '\n'.join(lines))


# ---------------------------------------------------------------------------
# 22. senior long-term follow-up after remote bypass (NAM seniors)
# ---------------------------------------------------------------------------
def senior(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(nam=True, groups=('senior',), age=(70, 88))
    md = c.md()
    gp = c.staff(lambda s: 'FMG' in s[4])
    lines = [greet(c, staff_name(gp, c.lang)), '',
             L(f'Suivi de {d.name(p, "title")}, {age_on(p.dob, c.today)} ans.', f'Follow-up on {d.name(p, "title")}, {age_on(p.dob, c.today)}.'), '']
    lines += [f'NAM {d.nam(p)}   {L("DDN", "DOB")} {d.dob(p)}   {L("Sexe", "Sex")} {d.sex(p, 0)}', '',
              L('Antécédent : ', 'History: ') + K.surgery(d, p), L('Problèmes : ', 'Problems: ') + '; '.join(K.comorbs(d, p, 2)),
              L('Labos : ', 'Labs: ') + '; '.join(K.lab_values(d, 3, [1, 2, 5])),
              L('Plan : ', 'Plan: ') + K.med(d, 'supp', 3) + L(', fer IV (2 doses), nutritionniste à domicile.', ', IV iron x 2, home dietitian.')]
    if rng.random() < 0.5:
        lines.append(L('Vit maintenant à ', 'Now living at ') + d.address(p) + '.')
    lines += ['', signature(md, c.lang, rng)]
    subj = pick(rng, [L('Suivi post-bypass ancien', 'Remote bypass follow-up'), L(f'Carences — {"votre patiente" if p.sex == "F" else "votre patient"}', 'Deficiencies - your patient')])
    return Mail(c.lang, 'senior', 'long-term follow-up after remote bariatric surgery', subj, c.addr(md), [c.addr(gp)],
                '\n'.join(lines))


# ---------------------------------------------------------------------------
# 23. subject-only identification (name only in Subject)
# ---------------------------------------------------------------------------
def subject_only(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(nam=False)
    a, b = c.clin(), c.md()
    subj = pick(rng, [L(f'{d.name(p, "title_last")} — résultats', f'{d.name(p, "title_last")} - results'),
                      f'{d.name(p, "last_first")}', L(f'Re: {d.name(p, "full")}', f'Re: {d.name(p, "full")}')])
    body = [L('Gastro faite ce matin.', 'Scope done this morning.'), K.imaging(d, pick(rng, [3, 4, 9])) + '.',
            L('On débute ', 'Starting ') + K.med(d, 'postop', pick(rng, [0, 5])) + '.', '', a[0]]
    return Mail(c.lang, 'subject_only', 'patient named only in the Subject line', subj, c.addr(a), [c.addr(b)], '\n'.join(body),
                prefer=pick(rng, ['plain', 'html']))


# ---------------------------------------------------------------------------
# 24. out-of-province / foreign patient: billing and coverage
# ---------------------------------------------------------------------------
def outofprov(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(nam=False, age=(21, 60))
    me = c.staff(lambda s: 'administrative' in s[4] or 'assistant' in s[4] or 'navigator' in s[4])
    where = pick(rng, [0, 0, 1, 2])
    proc = K.planned_surgery(d)
    when = c.future(5, 40)
    rows = [(L('Usager', 'Patient'), d.name(p, pick(rng, ['last_first', 'full', 'upper_last']))),
            (L('Date de naissance', 'Date of birth'), d.dob(p))]
    if where == 0:
        rows.append((L('Carte Santé Ontario', 'Ontario health card'), d.ohip(make_ohip(rng), version=pick(rng, ['', 'KT', 'ZB']))))
        rows.append((L('Adresse', 'Address'), d.contact(f'{rng.randint(12, 980)} {pick(rng, ["Main Street", "County Road 17", "Laurier Ave."])}, '
                                                         f'{pick(rng, ["Hawkesbury", "Pembroke", "Cornwall"])} ON K{rng.randint(0, 9)}A {rng.randint(1, 9)}B{rng.randint(1, 9)}')))
        payer = L('RAMQ — entente interprovinciale (Ontario)', 'Interprovincial reciprocal billing (Ontario)')
    elif where == 1:
        rows.append(('NISS', d.niss(make_niss(rng, p.dob, p.sex))))
        payer = L('Mutualité belge — attestation S2 demandée', 'Belgian sickness fund - S2 form requested')
    else:
        rows.append(('NIR', d.nir(make_nir(rng, p.dob, p.sex))))
        payer = L('CPAM — entente Québec-France (formulaire SE 401-Q-104)', 'CPAM - Quebec-France agreement (form SE 401-Q-104)')
    rows += [(L('Intervention prévue', 'Planned procedure'), proc + ' — ' + fmt_date(when, c.lang, 2)),
             (L('Diagnostic', 'Diagnosis'), K.obesity_dx(d, p, 0)), (L('Couverture', 'Coverage'), payer)]
    if rng.random() < 0.4:
        rows.append((L('Dossier', 'MRN'), d.mrn(p)))
    body = [greet(c), '', L('Pouvez-vous valider la couverture avant la date opératoire? Usager hors Québec :',
                            'Can you confirm coverage before the surgery date? Out-of-province patient:'), '']
    kind = rng.randrange(3)
    atts = []
    if kind == 0:
        body += [f'{k} : {v}' if c.lang == 'fr' else f'{k}: {v}' for k, v in rows]
    elif kind == 1:
        atts.append(Att(L('fiche_hors_Québec.xlsx', 'out_of_province.xlsx'), XLSX,
                        A.xlsx([(L('Usager', 'Patient'), [[k, v] for k, v in rows])])))
        body.append(L('(fiche en pièce jointe)', '(details attached)'))
    else:
        atts.append(Att(L('fiche_couverture.csv', 'coverage.csv'), 'text/csv', A.csv_text([[k for k, _ in rows], [v for _, v in rows]]),
                        charset='utf-8'))
        body.append(L('(fiche en pièce jointe)', '(details attached)'))
    body += ['', thanks(c), '', signature(me, c.lang, rng)]
    subj = pick(rng, [L('Usager hors Québec — couverture', 'Out-of-province patient - coverage'), L('Facturation hors province', 'Out-of-province billing'),
                      L(f'Couverture — chirurgie du {fmt_date(when, "fr", 2)}', f'Coverage - surgery {fmt_date(when, "en", 2)}')])
    return Mail(c.lang, 'coverage', 'coverage check for an out-of-province patient', subj, c.addr(me),
                [c.box('facturation.hors.quebec', 'Facturation hors Québec', 'Out-of-province billing')], '\n'.join(body), attachments=atts)

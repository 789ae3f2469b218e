"""Positive templates, part 3: attachments (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, .eml),
file-name-only leaks and foreign identifiers (Ontario, Belgium, France, SIN)."""
from gen_attach import make_pdf, make_docx, make_xlsx, make_zip, make_csv, make_ics, make_vcard
from gen_common import (org, staff_member, phone, address, mrn, hour, date_fr, date_en, relative_name, relative, rel_word,
                        strip_accents, make_sin, fmt_sin, make_ohip, fmt_ohip, make_niss, fmt_niss,
                        make_nir, fmt_nir, invented_patient, PHARMA, Person)
from gen_mime import Leaf, Rfc822, build_message, fmt_addr, encode_header
from gen_pos_base import patient, name_as, nam_text, Types, finish, role, clsc_to, yesno, g
from gen_style import to_list, msg_date, compose
from gen_vocab import cap, sc_med, dx, sx, med, lab, soc, amm, niveau, meds, dxs


def att(r, ctype, data, filename, style=None):
    return Leaf(ctype, data, filename=filename,
                fn_style=style or r.choice(['plain_utf8', '2231', '2231', '2047']))


def _fname(s):
    return strip_accents(s).replace(' ', '_').replace("'", '')


def p_pdf_discharge(r, lang, ctx):
    p = patient(r, ctx, lang, 0.6)
    o = org(r)
    s = staff_member(r, role(r.choice([1, 5, 4])))
    to = [('Admission – Maison Le Phare-Bleu' if lang == 'fr' else 'Hospice admissions', 'admission@phare-bleu.example')]
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis', 'medication', 'date_of_birth')
    chart = mrn(r)
    lines = [('Nom : %s' if fr else 'Name: %s') % p.rev,
             ('Date de naissance : %s   Sexe : %s' if fr else 'DOB: %s   Sex: %s') % (p.dob, p.sex),
             ('No de dossier : %s' if fr else 'MRN: %s') % chart]
    t.add('mrn')
    if p.nam:
        lines.append('NAM : %s' % p.nam if fr else 'RAMQ: %s' % p.nam)
        t.add('ramq_nam')
    lines += ['', ('Diagnostic principal : %s' if fr else 'Main diagnosis: %s') % dx(r, lang, p),
              ('Problèmes actifs : %s ; %s' if fr else 'Active problems: %s; %s') % (sx(r, lang), sx(r, lang)),
              ('Dernier bilan : %s, %s' if fr else 'Last labs: %s, %s') % (lab(r, lang), lab(r, lang)),
              '', 'Médication au transfert :' if fr else 'Medications at transfer:']
    t.add('lab_result')
    lines += ['  ' + m for m in meds(r, lang, 5)]
    lines += ['', ('Niveau de soins : %s' if fr else 'Goals of care: %s') % niveau(r, lang),
              ('Contexte psychosocial : %s' if fr else 'Psychosocial: %s') % soc(r, lang, p)]
    t.add('social_information')
    title = 'Résumé de transfert – soins palliatifs' if fr else 'Transfer summary - palliative care'
    pdf = make_pdf(title, lines, author=o[0])
    fn = r.choice(['résumé_transfert_%s.pdf' % chart.replace('/', '-'), 'Transfert_%s.pdf' % p.surname.replace(' ', '_'),
                   'scan_%04d.pdf' % r.randint(1, 9999), 'Résumé de transfert.pdf']) if fr else \
        r.choice(['transfer_summary_%s.pdf' % chart.replace('/', '-'), 'scan_%04d.pdf' % r.randint(1, 9999),
                  'Transfer summary.pdf'])
    if fr:
        body = r.choice(['Ci-joint le résumé de transfert pour l\'admission de demain. Lit confirmé?',
                         'Voici le document demandé. Le transport est réservé pour 10h.',
                         'Résumé en pièce jointe. La famille arrivera avec les effets personnels.'])
        subj = r.choice(['Transfert – résumé', 'Admission demain', 'Document de transfert'])
    else:
        body = r.choice(['Attached is the transfer summary for tomorrow\'s admission. Is the bed confirmed?',
                         'Summary attached. Transport booked for 10 a.m.'])
        subj = r.choice(['Transfer summary', 'Admission tomorrow'])
    return finish(r, lang, 'pdf_transfer_summary', t, 'transfer summary in PDF attachment', subj, body, o, s, to,
                  attachments=[att(r, 'application/pdf', pdf, fn)])


def p_pdf_rx(r, lang, ctx):
    p = patient(r, ctx, lang, 0.85)
    o = org(r)
    s = staff_member(r, role(r.choice([1, 13])))
    ph = r.choice(PHARMA)
    to = [(ph, 'ordonnances@pharmacie-%d.example' % r.randint(10, 99))]
    fr = lang == 'fr'
    t = Types('patient_name', 'date_of_birth', 'medication', 'patient_contact')
    lines = [('Patient : %s' if fr else 'Patient: %s') % p.full,
             ('DDN : %s' if fr else 'DOB: %s') % p.dob]
    if p.nam:
        lines.append(('NAM : %s' if fr else 'RAMQ: %s') % p.nam)
        t.add('ramq_nam')
    lines += [('Adresse : %s' if fr else 'Address: %s') % address(r), ('Tél. : %s' if fr else 'Tel: %s') % phone(r), '']
    lines += ['Rx %d) %s  — qté : %d' % (i + 1, m, r.choice([10, 20, 30, 60])) for i, m in enumerate(meds(r, lang, 4))]
    lines += ['', ('Prescripteur : %s, permis %05d' if fr else 'Prescriber: %s, licence %05d') % (s.display(lang), r.randint(10000, 99999)),
              'Soins palliatifs – usage immédiat' if fr else 'Palliative - urgent']
    pdf = make_pdf('Ordonnance' if fr else 'Prescription', lines, author=s.full)
    fn = r.choice(['ordonnance_%s.pdf' % p.surname.lower(), 'Rx_%s.pdf' % date_fr(r, 3).replace(' ', ''),
                   'ordonnance.pdf']) if fr else r.choice(['rx_%s.pdf' % _fname(p.surname).lower(), 'prescription.pdf'])
    body = (r.choice(['Ordonnance en pièce jointe, original suivra par la poste.', 'Voici l\'ordonnance pour livraison aujourd\'hui SVP.'])
            if fr else r.choice(['Prescription attached, original to follow.', 'Please deliver today, Rx attached.']))
    subj = r.choice(['Ordonnance soins palliatifs', 'Rx – livraison à domicile']) if fr else 'Palliative prescription'
    return finish(r, lang, 'pdf_prescription', t, 'prescription PDF with patient identity', subj, body, o, s, to,
                  attachments=[att(r, 'application/pdf', pdf, fn)])


def p_docx_careplan(r, lang, ctx):
    p = patient(r, ctx, lang, 0.4)
    o = org(r)
    s = staff_member(r, role(r.choice([0, 2, 4])))
    to = to_list(r, r.randint(2, 4), o[1])
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis', 'medication', 'social_information')
    title = 'Plan d\'intervention interdisciplinaire (PII)' if fr else 'Interdisciplinary care plan'
    paras = [('Usager : %s' if fr else 'Client: %s') % name_as(r, p, lang, r.choice(['title_full', 'rev'])),
             ('Diagnostic : %s' if fr else 'Diagnosis: %s') % dx(r, lang, p),
             ('Situation sociale : %s' if fr else 'Social situation: %s') % soc(r, lang, p)]
    if yesno(r, 0.5):
        paras.append(('Dossier : %s' if fr else 'Chart: %s') % mrn(r))
        t.add('mrn')
    table = [['Besoin', 'Intervention', 'Responsable'] if fr else ['Need', 'Intervention', 'Owner'],
             [sx(r, lang), med(r, lang), 'MD/IPS'],
             ['Proche aidant épuisé' if fr else 'Caregiver burnout', 'Répit 2x/sem.' if fr else 'Respite twice weekly', 'TS'],
             [sx(r, lang), med(r, lang), 'Inf.']]
    doc = make_docx(title, paras, table, author=s.full)
    fn = r.choice(['PII_%s.docx' % p.surname, 'PII_révisé_%s.docx' % p.surname, 'PII_révisé.docx']) if fr else \
        r.choice(['careplan_%s.docx' % _fname(p.surname), 'care_plan_v2.docx'])
    body = (r.choice(['Voici le PII révisé suite à la rencontre de mardi. Commentaires avant vendredi svp.',
                      'PII en pièce jointe pour signature.']) if fr else
            'Revised care plan attached following Tuesday\'s meeting. Comments by Friday please.')
    subj = r.choice(['PII révisé', 'Plan d\'intervention – à signer']) if fr else 'Revised care plan'
    return finish(r, lang, 'docx_care_plan', t, 'care plan DOCX', subj, body, o, s, to,
                  attachments=[att(r, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc, fn)])


def p_xlsx_caseload(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(r.choice([4, 5, 0])))
    to = to_list(r, r.randint(1, 3), o[1])
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis', 'date_of_birth', 'patient_contact')
    head = ['Nom', 'Prénom', 'DDN', 'NAM', 'Adresse', 'Téléphone', 'Diagnostic', 'PPS', 'Prochaine visite'] if fr else \
        ['Surname', 'Given name', 'DOB', 'RAMQ', 'Address', 'Phone', 'Diagnosis', 'PPS', 'Next visit']
    rows = [head]
    for _ in range(r.randint(5, 9)):
        p = patient(r, ctx, lang, 0.5)
        rows.append([p.surname, p.given, p.dob, p.nam or '', address(r), phone(r),
                     dx(r, lang, p), '%d %%' % r.choice([20, 30, 40, 50, 60]), date_fr(r, 3) if fr else date_en(r, 3)])
    if any(row[3] for row in rows[1:]):
        t.add('ramq_nam')
    x = make_xlsx([('Suivis SAD' if fr else 'Caseload', rows)], author=s.full)
    fn = r.choice(['charge_de_cas_SAD_mars.xlsx', 'liste_patients_palliatifs.xlsx', 'Suivis équipe Nord.xlsx']) if fr \
        else r.choice(['caseload_march.xlsx', 'palliative_home_list.xlsx'])
    body = (r.choice(['Voici la liste à jour pour la répartition de la semaine.', 'Liste des suivis actifs ci-jointe.'])
            if fr else 'Updated caseload attached for this week\'s assignments.')
    subj = r.choice(['Liste des suivis actifs', 'Répartition semaine']) if fr else 'Caseload update'
    return finish(r, lang, 'xlsx_caseload', t, 'home palliative caseload spreadsheet', subj, body, o, s, to,
                  attachments=[att(r, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x, fn)])


def p_csv_bereavement(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(8))
    to = to_list(r, 1, o[1])
    fr = lang == 'fr'
    t = Types('patient_name', 'patient_contact', 'social_information')
    head = ['defunt', 'date_deces', 'personne_endeuillee', 'lien', 'telephone', 'risque', 'commentaire'] if fr else \
        ['deceased', 'date_of_death', 'bereaved', 'relationship', 'phone', 'risk', 'comment']
    rows = [head]
    for _ in range(r.randint(5, 10)):
        d = patient(r, ctx, lang, 0.15)
        rk = r.choice(['spouse', 'child', 'child', 'sibling'])
        rn, rs = relative(r, d.surname)
        rows.append([d.full, '2025-%02d-%02d' % (r.randint(1, 2), r.randint(1, 28)), rn, rel_word(rk, rs, lang),
                     phone(r), r.choice(['élevé', 'modéré', 'faible']) if fr else r.choice(['high', 'moderate', 'low']),
                     r.choice(['vit seul(e)', 'enfants mineurs', 'deuil compliqué antérieur', '', 'perte d\'emploi'])
                     if fr else r.choice(['lives alone', 'young children', '', 'prior complicated grief'])])
    enc = r.choice(['utf-8', 'cp1252'])
    data = make_csv(rows, sep=';' if fr else ',', encoding=enc)
    fn = r.choice(['suivi_deuil_export.csv', 'relance_deuil_février.csv']) if fr else 'bereavement_export.csv'
    body = ('Export du registre de deuil pour la relance des 3 mois.' if fr else
            'Bereavement registry export for the 3-month follow-up mailing.')
    subj = 'Export registre deuil' if fr else 'Bereavement registry export'
    return finish(r, lang, 'csv_bereavement', t, 'bereavement registry CSV', subj, body, o, s, to,
                  attachments=[att(r, 'text/csv', data, fn, 'plain_utf8')])


def p_ics_meeting(r, lang, ctx):
    p = patient(r, ctx, lang, 0.3)
    o = org(r)
    s = staff_member(r, role(r.choice([1, 2])))
    att_list = to_list(r, r.randint(2, 4), o[1])
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis')
    day = r.randint(17, 28)
    start = '202503%02dT%02d%s00' % (day, r.randint(9, 15), r.choice(['00', '30']))
    end = start[:9] + '%02d' % (int(start[9:11]) + 1) + start[11:]
    nm = name_as(r, p, lang, r.choice(['title_full', 'title_sur', 'rev']))
    if fr:
        summ = r.choice(['Rencontre familiale – %s' % nm, 'Rencontre famille %s (niveau de soins)' % nm])
        desc = ('Rencontre avec la famille de %s. Sujets : %s ; %s ; retour à domicile vs USP.'
                % (nm, dx(r, lang, p), sx(r, lang)))
        loc = 'Salle des familles, USP, 3e étage'
    else:
        summ = r.choice(['Family meeting - %s' % nm, 'Goals of care meeting %s' % nm])
        desc = 'Meeting with %s\'s family. Topics: %s; %s; home vs PCU.' % (nm, dx(r, lang, p), sx(r, lang))
        loc = 'Family room, PCU, 3rd floor'
    if yesno(r, 0.4):
        desc += (' Demande d\'AMM évoquée par la patiente.' if fr else ' Patient has raised a MAID request.')
    ics = make_ics('%d-%d@%s' % (r.randint(10**5, 10**6), day, o[1]), summ, start, end, loc, desc,
                   (s.full, s.email(o[1])), att_list)
    body = desc if yesno(r, 0.5) else (r.choice(['Invitation ci-jointe.', 'Merci de confirmer votre présence.'])
                                      if fr else 'Please confirm attendance.')
    cal = Leaf('text/calendar', ics, 'utf-8', r.choice(['8bit', 'base64', 'quoted-printable']),
               filename='invite.ics', extra_params={'method': 'REQUEST'})
    return finish(r, lang, 'ics_family_meeting', t, 'calendar invitation naming patient', summ, body, o, s, att_list,
                  attachments=[cal], greet=False)


def p_vcard(r, lang, ctx):
    p = patient(r, ctx, lang, 0.4)
    o = org(r)
    s = staff_member(r, role(r.choice([0, 5])))
    to = to_list(r, 1, o[1])
    fr = lang == 'fr'
    t = Types('patient_name', 'patient_contact', 'diagnosis')
    bday = None
    if yesno(r, 0.5):
        bday = p.dob
        t.add('date_of_birth')
    note = (('%s. Pompe SC : %s. Code porte : %d. Fille : %s' if fr else '%s. SC pump: %s. Door code: %d. Daughter: %s')
            % (dx(r, lang, p), sc_med(r, lang), r.randint(1000, 9999), phone(r)))
    t.add('medication')
    v = make_vcard(p.full, [p.surname, p.given, '', '', ''], tels=[('HOME', phone(r))], adr=address(r), note=note,
                   bday=bday)
    fn = '%s.vcf' % p.full.replace(' ', '_')
    body = (r.choice(['Fiche contact pour la garde de fin de semaine (nouveau suivi).', 'Ajoute-la dans le cell de garde svp.'])
            if fr else 'Contact card for weekend on-call (new patient).')
    subj = r.choice(['Contact – garde fin de semaine', 'vcard nouveau suivi']) if fr else 'Contact for on-call phone'
    return finish(r, lang, 'vcard_patient', t, 'patient vCard with address and clinical note', subj, body, o, s, to,
                  attachments=[Leaf('text/vcard', v, 'utf-8', r.choice(['quoted-printable', 'base64', '8bit']),
                                    filename=fn, fn_style='2231')])


def p_zip_transfer(r, lang, ctx):
    p = patient(r, ctx, lang, 0.5)
    o = org(r)
    s = staff_member(r, role(r.choice([5, 1])))
    to = to_list(r, 1, 'phare-bleu.example')
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis', 'medication', 'date_of_birth')
    l = [('Nom : %s' if fr else 'Name: %s') % p.rev, ('DDN : %s' if fr else 'DOB: %s') % p.dob,
         ('Dx : %s' if fr else 'Dx: %s') % dx(r, lang, p)] + meds(r, lang, 3)
    if p.nam:
        l.insert(2, 'NAM : %s' % p.nam)
        t.add('ramq_nam')
    pdf = make_pdf('Feuille sommaire' if fr else 'Summary sheet', l, author=o[0])
    doc = make_docx('Notes de la TS' if fr else 'Social work notes',
                    [soc(r, lang, p), soc(r, lang, p), ('Contact : %s' if fr else 'Contact: %s') % phone(r)], author=s.full)
    t.add('social_information', 'patient_contact')
    z = make_zip([('sommaire.pdf' if fr else 'summary.pdf', pdf), ('notes_TS.docx' if fr else 'sw_notes.docx', doc)])
    fn = r.choice(['dossier_transfert.zip', 'documents_%s.zip' % date_fr(r, 3).replace(' ', '_'),
                   'transfert_maison_soins_palliatifs_réf.zip']) if fr else 'transfer_docs.zip'
    body = ('Documents de transfert compressés. Mot de passe envoyé par texto.' if fr else
            'Transfer documents zipped. Password by text.')
    subj = 'Documents de transfert' if fr else 'Transfer documents'
    return finish(r, lang, 'zip_transfer', t, 'ZIP with PDF and DOCX about a patient', subj, body, o, s, to,
                  attachments=[att(r, 'application/zip', z, fn)])


def p_eml_forward(r, lang, ctx):
    p = patient(r, ctx, lang, 0.5)
    o = org(r)
    s = staff_member(r)
    inner_from = staff_member(r, role(r.choice([0, 1, 2])))
    to = to_list(r, 1, o[1])
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis')
    lines = [(('Suivi de %s : %s. %s.' if fr else 'Update on %s: %s. %s.') % (name_as(r, p, lang), dx(r, lang, p), sx(r, lang)))]
    if p.nam and yesno(r, 0.6):
        lines.append(('NAM %s' if fr else 'RAMQ %s') % nam_text(r, p))
        t.add('ramq_nam')
    if yesno(r, 0.6):
        lines.append(med(r, lang))
        t.add('medication')
    if yesno(r, 0.5):
        lines.append(soc(r, lang, p))
        t.add('social_information')
    inner_text = compose(r, lang, '\n'.join(lines), inner_from, o)
    inner_subj = r.choice(['Suivi patient', 'Mise à jour', 'Visite de ce matin']) if fr else r.choice(['Patient update', 'This morning\'s visit'])
    hdrs = [('From', fmt_addr(inner_from.full, inner_from.email(o[1]), r)), ('To', fmt_addr(s.full, s.email(o[1]), r)),
            ('Subject', encode_header(inner_subj, r)), ('Date', msg_date(r)),
            ('Message-ID', '<inner.%d@%s>' % (r.randint(10**6, 10**7), o[1]))]
    inner = build_message(hdrs, Leaf('text/plain', inner_text, 'utf-8', r.choice(['8bit', 'quoted-printable'])),
                          'inner-%d' % r.randint(0, 10**6))
    body = (r.choice(['Je te transfère ce courriel en pièce jointe, pour ton dossier.', 'Voir message joint.'])
            if fr else r.choice(['Forwarding as attachment for your records.', 'See attached message.']))
    subj = ('TR: ' if fr else 'Fwd: ') + inner_subj
    return finish(r, lang, 'eml_attached', t, 'patient details inside attached message/rfc822', subj, body, o, s, to,
                  attachments=[Rfc822(inner, filename=r.choice(['message.eml', _fname(inner_subj) + '.eml']))])


def p_filename_only(r, lang, ctx):
    p = patient(r, ctx, lang, 0.3)
    o = org(r)
    s = staff_member(r)
    to = to_list(r, 1, o[1])
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis')
    base = r.choice([
        ('Évaluation_AMM_%s_%s' % (p.surname, p.given), 'MAID_request_%s_%s' % (_fname(p.surname), _fname(p.given))),
        ('%s %s - consultation soins palliatifs' % (p.surname, p.given), '%s %s - palliative consult' % (p.surname, p.given)),
        ('Évaluation douleur %s' % p.full, 'Pain assessment %s' % p.full),
        ('%s_SLA_plan_fin_de_vie' % _fname(p.surname).upper(), '%s_ALS_end_of_life_plan' % _fname(p.surname).upper()),
    ])
    fn = base[0 if fr else 1]
    if yesno(r, 0.4):
        fn += '_%s' % p.dob
        t.add('date_of_birth')
    fn += r.choice(['.pdf', '.pdf', '.docx'])
    if fn.endswith('.pdf'):
        data = make_pdf('Document numérisé' if fr else 'Scanned document',
                        ['Page 1 de 2' if fr else 'Page 1 of 2', '[image numérisée]' if fr else '[scanned image]'])
        ctype = 'application/pdf'
    else:
        data = make_docx('Document', ['(voir version signée)' if fr else '(see signed version)'])
        ctype = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    body = (r.choice(['Voici le document signé.', 'Ci-joint, comme demandé.', 'Pour classement au dossier.'])
            if fr else r.choice(['Signed document attached.', 'As requested.', 'For filing.']))
    subj = r.choice(['Document', 'Pièce jointe', 'Pour classement']) if fr else r.choice(['Document', 'Attachment', 'For filing'])
    return finish(r, lang, 'filename_only', t, 'identity and diagnosis only in attachment file name', subj, body, o, s,
                  to, attachments=[att(r, ctype, data, fn)])


def _foreign_patient(r, lang, year_lo=1935, year_hi=1970):
    return invented_patient(r, lang, year_lo, year_hi)


def p_ohip(r, lang, ctx):
    p = _foreign_patient(r, lang)
    o = org(r)
    s = staff_member(r, role(r.choice([5, 4, 1])))
    to = [('Admissions', 'admissions@ottawa-riverside-hosp.example')]
    fr = lang == 'fr'
    t = Types('patient_name', 'ca_health_number', 'diagnosis')
    hcn = fmt_ohip(make_ohip(r), r)
    if fr:
        body = ('Transfert interprovincial : %s, %s de l\'Ontario, carte santé de l\'Ontario %s, '
                '%s à Ottawa pour %s. La famille souhaite un décès près d\'eux à Gatineau. '
                'Pouvez-vous nous envoyer la liste de médication et confirmer la couverture RAMQ/OHIP?'
                % (name_as(r, p, lang, 'title_full'), g(p, 'résidente', 'résident'), hcn,
                   g(p, 'hospitalisée', 'hospitalisé'), dx(r, lang, p)))
        subj = 'Transfert interprovincial – soins palliatifs'
    else:
        body = ('Interprovincial transfer: %s, Ontario resident, OHIP %s, admitted in Ottawa for %s. '
                'Family would like end-of-life care in Gatineau near them. Could you send the medication list '
                'and confirm coverage arrangements?' % (name_as(r, p, lang, 'title_full'), hcn, dx(r, lang, p)))
        subj = 'Interprovincial palliative transfer'
    if yesno(r, 0.5):
        body += ('\nDDN : %s' if fr else '\nDOB: %s') % p.dob
        t.add('date_of_birth')
    return finish(r, lang, 'ontario_health_number', t, 'Ontario patient with OHIP number', subj, body, o, s, to)


def p_niss(r, lang, ctx):
    p = _foreign_patient(r, lang)
    o = org(r)
    s = staff_member(r, role(2))
    fr = lang == 'fr'
    to = [('Mutualité – service international', 'international@mutualite-fict.example')]
    t = Types('patient_name', 'be_niss', 'diagnosis')
    n = fmt_niss(make_niss(r, p), r)
    if fr:
        body = ('Nous accompagnons %s, ressortissant(e) belge (NISS %s), en visite chez sa fille à %s et hospitalisé(e) '
                'à notre unité de soins palliatifs pour %s. Pouvez-vous confirmer la prise en charge des frais '
                'et les modalités d\'un éventuel rapatriement sanitaire ? Le pronostic est de quelques semaines.'
                % (name_as(r, p, lang, 'title_full'), n, r.choice(['Laval', 'Sherbrooke', 'Québec']), dx(r, lang, p)))
        body = body.replace('ressortissant(e)', g(p, 'ressortissante', 'ressortissant')).replace('hospitalisé(e)', g(p, 'hospitalisée', 'hospitalisé'))
        subj = 'Prise en charge – patient belge en soins palliatifs'
    else:
        body = ('We are caring for %s, a Belgian national (NISS %s) visiting family in %s and now admitted to our '
                'palliative unit for %s. Could you confirm coverage and repatriation options? Prognosis is weeks.'
                % (name_as(r, p, lang, 'title_full'), n, r.choice(['Laval', 'Sherbrooke', 'Québec']), dx(r, lang, p)))
        subj = 'Coverage - Belgian patient in palliative care'
    if yesno(r, 0.5):
        body += ('\n\nDate de naissance : %s' if fr else '\n\nDate of birth: %s') % p.dob_fr()
        t.add('date_of_birth')
    return finish(r, lang, 'belgian_niss', t, 'Belgian patient with NISS', subj, body, o, s, to)


def p_nir(r, lang, ctx):
    p = _foreign_patient(r, lang)
    o = org(r)
    s = staff_member(r, role(r.choice([2, 3])))
    fr = lang == 'fr'
    to = [('CPAM – relations internationales', 'ri@cpam-fict.example')]
    t = Types('patient_name', 'fr_nir', 'diagnosis', 'medication')
    n = fmt_nir(make_nir(r, p), r)
    if fr:
        body = ('Objet : %s, n° de sécurité sociale %s, assuré(e) du régime français résidant au Québec depuis 2019.\n\n'
                'Suivi palliatif à domicile pour %s. Traitement actuel : %s ; %s. '
                'Nous sollicitons le formulaire SE 401-Q-106 pour la couverture des soins.'
                % (name_as(r, p, lang, 'title_full'), n, dx(r, lang, p), med(r, lang), med(r, lang)))
        body = body.replace('assuré(e)', g(p, 'assurée', 'assuré'))
        subj = 'Demande de formulaire – ' + g(p, 'assurée', 'assuré') + ' en soins palliatifs'
    else:
        body = ('Re: %s, French social security number %s, living in Quebec since 2019.\n\n'
                'Home palliative follow-up for %s. Current treatment: %s; %s. We request the SE 401-Q-106 form.'
                % (name_as(r, p, lang, 'title_full'), n, dx(r, lang, p), med(r, lang), med(r, lang)))
        subj = 'Coverage form request - palliative patient'
    return finish(r, lang, 'french_nir', t, 'French patient with NIR', subj, body, o, s, to)


def p_sin(r, lang, ctx):
    p = patient(r, ctx, lang, 0.3)
    o = org(r)
    s = staff_member(r, role(2))
    fr = lang == 'fr'
    to = [('Service Canada' if not fr else 'Service Canada – prestations', 'prestations@servicecanada-fict.example')] \
        if yesno(r) else [('Retraite Québec (fict.)', 'invalidite@rq-fict.example')]
    t = Types('patient_name', 'ca_sin', 'social_information', 'diagnosis')
    n = fmt_sin(make_sin(r), r)
    if fr:
        body = ('Demande accélérée pour maladie terminale : %s, NAS %s. %s, espérance de vie estimée à moins de '
                '6 mois. %s Le rapport médical signé suivra par télécopieur.'
                % (name_as(r, p, lang, 'title_full'), n, cap(dx(r, lang, p)), cap(soc(r, lang, p)) + '.'))
        subj = r.choice(['Demande accélérée – maladie terminale', 'Prestation d\'invalidité – traitement prioritaire'])
    else:
        body = ('Expedited terminal illness request: %s, SIN %s. %s, life expectancy under 6 months. %s '
                'Signed medical report to follow by fax.'
                % (name_as(r, p, lang, 'title_full'), n, cap(dx(r, lang, p)), cap(soc(r, lang, p)) + '.'))
        subj = 'Expedited terminal illness benefit request'
    if p.nam and yesno(r, 0.4):
        body += ('\nNAM : %s' if fr else '\nRAMQ: %s') % nam_text(r, p)
        t.add('ramq_nam')
    return finish(r, lang, 'sin_benefits', t, 'income support request with SIN', subj, body, o, s, to)

"""Positive templates, part 1: referrals, admissions, consults, hand-over lists, rosters,
exports, calendar and contact cards, pharmacy, MAID coordination, bereavement."""
import datetime

from gen_base import ORGS, address, phone, fmt_nam, fdate, strip_accents
from gen_clin import DX, MEDS, SYMPTOMS, LABS, SOCIAL, PPS
from gen_common import (Staff, sig, greet, close, pname, dob_txt, dx_for, pick, personal_email, org_name,
                        quote_block, fn_safe)
from gen_mime import Mail, Att
from gen_files import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcf


def nam_style(r):
    return r.choice(['plain', 'plain', 'space', 'space', 'dash', 'lower', 'dots', 'odd'])


def p_referral(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    doc = Staff(r, r.choice(['gmf', 'hopital']), r.choice(['md_gmf', 'md_onco']))
    nurse = Staff(r, 'sad', 'inf_sad')
    dx = dx_for(p, when, r, lang)
    meds = pick(r, MEDS, lang, r.randint(2, 4))
    soc = pick(r, SOCIAL, lang) if r.random() < 0.6 else None
    addr, tel = address(r), phone(r)
    fam = r.choice(['fille', 'fils', 'conjoint', 'conjointe', 'nièce']) if lang == 'fr' else \
        r.choice(['daughter', 'son', 'husband', 'wife', 'niece'])
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'patient_contact'}
    idtxt = ''
    if nam:
        idtxt = (', NAM %s' if lang == 'fr' else ', RAMQ %s') % fmt_nam(p.nam, nam_style(r))
        types.add('ramq_nam')
    elif r.random() < 0.5:
        idtxt = (', dossier %s' if lang == 'fr' else ', chart %s') % p.mrn
        types.add('mrn')
    age = p.age(when.date())
    if lang == 'fr':
        lines = [greet('fr', r, nurse.given if r.random() < 0.4 else None), '',
                 'Je vous réfère %s, %d ans (DDN %s%s), pour un suivi par l\'équipe de soins palliatifs à domicile.'
                 % (pname(p, 'fr', r, 'title'), age, dob_txt(p, 'fr', r), idtxt), '',
                 'Diagnostic : ' + dx, 'Niveau de soins : ' + r.choice(['D (confort)', 'C', 'D']),
                 'Autonomie : ' + r.choice(PPS) + ', ' + r.choice(['se mobilise au fauteuil', ('alitée' if p.sex == 'F' else 'alité') + ' la majeure partie du jour',
                                                               'marche avec marchette']), '',
                 'Médication actuelle :'] + ['  - ' + m for m in meds]
        if soc:
            lines += ['', 'Contexte social : ' + soc + '.']
        lines += ['', 'Adresse : ' + addr, 'Personne-ressource (%s) : %s' % (fam, tel), '',
                  r.choice(['Souhaite décéder à domicile si possible.',
                            'La famille est ouverte à une admission à la Maison si épuisement.',
                            'Pronostic estimé : semaines à quelques mois.']), '', close('fr', r)]
        subj = r.choice(['Référence SAD soins palliatifs – %s' % pname(p, 'fr', r, 'titlesur'),
                         'Nouvelle référence soins palliatifs à domicile', 'Référence – %s' % pname(p, 'fr', r, 'rev'),
                         'TR: référence SAD'])
    else:
        lines = [greet('en', r, nurse.given if r.random() < 0.4 else None), '',
                 'I am referring %s, %d years old (DOB %s%s), to the palliative home care team.'
                 % (pname(p, 'en', r, 'title'), age, dob_txt(p, 'en', r), idtxt), '',
                 'Diagnosis: ' + dx, 'Level of care: ' + r.choice(['D (comfort)', 'C', 'comfort only']),
                 'Function: ' + r.choice(PPS).replace(' %', '%'), '', 'Current medication:'] + ['  - ' + m for m in meds]
        if soc:
            lines += ['', 'Social: ' + soc + '.']
        lines += ['', 'Address: ' + addr, 'Contact (%s): %s' % (fam, tel), '',
                  r.choice(['Wishes to die at home if possible.', 'Family open to hospice admission if caregiver burnout.',
                            'Estimated prognosis: weeks to a few months.']), '', close('en', r)]
        subj = r.choice(['Palliative home care referral – %s' % pname(p, 'en', r, 'titlesur'),
                         'New referral', 'Referral: %s' % pname(p, 'en', r, 'rev'), 'FW: home care referral'])
    if soc:
        types.add('social_information')
    text = '\n'.join(lines) + '\n' + sig(doc, lang, r)
    m = Mail(lang, doc.na(), [nurse.na()], subj, text, date=when,
             cc=[('Guichet SAD', 'guichet.sad@cisss-vde.example')] if r.random() < 0.5 else None)
    return m, types, 'referral to palliative home care with identity, diagnosis, medication and contact'


def p_admission_pdf(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    sender = Staff(r, r.choice(['ecsp', 'sad']), r.choice(['inf_sad', 'md_ecsp', 'ts']))
    adm = Staff(r, 'maison', 'asi')
    dx = dx_for(p, when, r, lang)
    meds = pick(r, MEDS, lang, 3)
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication'}
    fr = lang == 'fr'
    L = ['**' + ('DEMANDE D\'ADMISSION – MAISON DE SOINS PALLIATIFS' if fr else 'HOSPICE ADMISSION REQUEST'), '',
         ('Nom : ' if fr else 'Name: ') + pname(p, lang, r, 'rev'),
         ('Date de naissance : ' if fr else 'Date of birth: ') + dob_txt(p, lang, r, 'iso'),
         ('Sexe : ' if fr else 'Sex: ') + p.sex]
    if nam:
        L.append(('NAM : ' if fr else 'RAMQ number: ') + fmt_nam(p.nam, r.choice(['plain', 'space'])))
        types.add('ramq_nam')
    else:
        L.append(('No de dossier HRVE : ' if fr else 'HRVE chart no.: ') + p.mrn)
        types.add('mrn')
    L += ['', ('Diagnostic principal : ' if fr else 'Primary diagnosis: ') + dx,
          ('Échelle PPS : ' if fr else 'Palliative Performance Scale: ') + r.choice(PPS).replace('PPS ', '').replace(' %', ' %' if fr else '%'),
          ('Pronostic estimé : ' if fr else 'Estimated prognosis: ') + r.choice(['< 3 mois', '2 à 4 semaines'] if fr else ['< 3 months', 'weeks']),
          ('Symptômes actifs : ' if fr else 'Active symptoms: ') + pick(r, SYMPTOMS, lang),
          '', ('Médication :' if fr else 'Medication:')] + ['- ' + x for x in meds]
    L += ['', ('Lieu actuel : ' if fr else 'Current location: ') + r.choice(['domicile', 'HRVE, unité 4 Sud, ch. 412'] if fr else ['home', 'HRVE 4 South, room 412']),
          ('Demandé par : ' if fr else 'Requested by: ') + sender.name(lang) + ', ' + sender.role_txt(lang)]
    pdf = make_pdf(L, title='Demande admission' if fr else 'Admission request', compress=r.random() < 0.5,
                   header=org_name('maison', lang))
    body_style = r.choice(['generic', 'named'])
    if fr:
        if body_style == 'generic':
            body = '%s\n\nVoici une nouvelle demande d\'admission pour la Maison (formulaire en pièce jointe).\n' \
                   'Pouvez-vous me confirmer la réception et la date de discussion au comité d\'admission?\n\n%s' % (
                       greet('fr', r, adm.given), close('fr', r))
        else:
            body = '%s\n\nDemande d\'admission pour %s, actuellement %s. La famille est prête pour un transfert ' \
                   'dès qu\'un lit se libère.\n\n%s' % (greet('fr', r, adm.given), pname(p, 'fr', r, 'title'),
                                                       r.choice(['à domicile', 'hospitalisée au 4 Sud']), close('fr', r))
        subj = r.choice(['Demande d\'admission Maison', 'Demande admission – lit Maison', 'Admission – demande'])
    else:
        if body_style == 'generic':
            body = '%s\n\nPlease find attached a new admission request for the residence.\n' \
                   'Could you confirm receipt and when the admission committee will review it?\n\n%s' % (
                       greet('en', r, adm.given), close('en', r))
        else:
            body = '%s\n\nAdmission request for %s, currently %s. Family ready for transfer as soon as a bed opens.\n\n%s' % (
                greet('en', r, adm.given), pname(p, 'en', r, 'title'), r.choice(['at home', 'on 4 South']), close('en', r))
        subj = r.choice(['Hospice admission request', 'Bed request – residence', 'Admission request'])
    fname = r.choice(['demande_admission_%s.pdf' % when.strftime('%Y%m%d'), 'Formulaire_admission.pdf',
                      'admission_request.pdf', 'DA_Maison_%s.pdf' % fn_safe(p.surname)])
    if p.surname in fname and 'patient_name' not in types:
        types.add('patient_name')
    m = Mail(lang, sender.na(), [adm.na()], subj, body + '\n' + sig(sender, lang, r), date=when,
             atts=[Att(fname, 'application/pdf', pdf)])
    return m, types, 'admission request form (PDF) with identity, diagnosis and medication'


def p_consult_reply(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    md = Staff(r, 'ecsp', 'md_ecsp')
    att = Staff(r, 'hopital', 'md_onco')
    dx = dx_for(p, when, r, lang)
    sym = pick(r, SYMPTOMS, lang, 2)
    meds = pick(r, MEDS, lang, 3)
    lab = pick(r, LABS, lang)
    room = '%d-%s' % (r.randint(301, 540), r.choice('AB'))
    types = {'patient_name', 'diagnosis', 'medication', 'lab_result', 'mrn'}
    ident = '%s (%s %s, ch. %s)' % (pname(p, lang, r), 'dossier' if lang == 'fr' else 'MRN', p.mrn, room) if lang == 'fr' else \
        '%s (MRN %s, room %s)' % (pname(p, lang, r), p.mrn, room)
    if nam and r.random() < 0.5:
        ident += ' – NAM %s' % fmt_nam(p.nam, nam_style(r))
        types.add('ramq_nam')
    if lang == 'fr':
        lines = [greet('fr', r, att.short('fr')), '', 'Merci pour la consultation concernant ' + ident + '.', '',
                 'Impression : ' + dx + ', avec ' + sym[0] + ' et ' + sym[1] + '.', 'Bilan : ' + lab + '.', '',
                 'Recommandations :'] + ['%d. %s' % (i + 1, m) for i, m in enumerate(meds)] + [
                 '%d. Discussion des objectifs de soins avec la famille demain 10 h; niveau de soins à réviser.' % (len(meds) + 1),
                 '%d. Nous repasserons demain. Téléavertisseur de garde : 4477.' % (len(meds) + 2), '', close('fr', r)]
        subj = r.choice(['Consultation soins palliatifs – ch. %s' % room, 'RE: consult SP %s' % pname(p, 'fr', r, 'titlesur'),
                         'Réponse consultation ÉCSP', 'Consult SP – %s' % p.surname])
    else:
        lines = [greet('en', r, att.short('en')), '', 'Thank you for the consult regarding ' + ident + '.', '',
                 'Impression: ' + dx + ', with ' + sym[0] + ' and ' + sym[1] + '.', 'Work-up: ' + lab + '.', '',
                 'Recommendations:'] + ['%d. %s' % (i + 1, m) for i, m in enumerate(meds)] + [
                 '%d. Goals-of-care meeting with family tomorrow 10:00; level of care to be revisited.' % (len(meds) + 1),
                 '%d. We will follow daily. On-call pager 4477.' % (len(meds) + 2), '', close('en', r)]
        subj = r.choice(['Palliative consult – room %s' % room, 'RE: PCT consult %s' % p.surname, 'Consult reply'])
    m = Mail(lang, md.na(), [att.na()], subj, '\n'.join(lines) + '\n' + sig(md, lang, r), date=when)
    return m, types, 'palliative consult reply naming the inpatient with findings and recommendations'


def p_signout(r, lang, pool, when, nam):
    n = r.randint(4, 7)
    pts = pool.adults_n(2) + [pool.invented(r, when) for _ in range(n - 2)] if nam else \
        [pool.invented(r, when) for _ in range(n)]
    r.shuffle(pts)
    nurse = Staff(r, 'sad', 'inf_sad')
    oncall = Staff(r, 'sad', 'md_sad')
    types = {'patient_name', 'diagnosis', 'medication'}
    rows = []
    for p in pts:
        d = dx_for(p, when, r, lang)
        issue = pick(r, SYMPTOMS, lang)
        med = pick(r, MEDS, lang)
        town = r.choice(['Lac-aux-Hérons', 'Val-des-Érables', 'Pointe-aux-Merles', 'Rivière-Noire-Nord'])
        nm = pname(p, lang, r, r.choice(['titlesur', 'rev', 'full', 'surfirst']))
        extra = ''
        if nam and p.nam and r.random() < 0.7:
            extra = ' – NAM %s' % fmt_nam(p.nam, nam_style(r))
            types.add('ramq_nam')
        rows.append((nm + extra, town, d, issue, med))
    fr = lang == 'fr'
    if r.random() < 0.5:
        lines = [greet(lang, r, oncall.short(lang)), '',
                 ('Voici la liste de garde pour la fin de semaine (%s) :' if fr else 'Weekend sign-out list (%s):')
                 % fdate(when.date(), lang), '']
        for i, (nm, town, d, issue, med) in enumerate(rows, 1):
            lines += ['%d) %s (%s)' % (i, nm, town), '   %s' % d,
                      ('   À surveiller : %s' if fr else '   Watch for: %s') % issue,
                      ('   Si besoin : %s' if fr else '   If needed: %s') % med, '']
        lines += [close(lang, r)]
        text = '\n'.join(lines) + '\n' + sig(nurse, lang, r)
        htm = None
    else:
        head = ['Patient', 'Secteur' if fr else 'Area', 'Diagnostic' if fr else 'Diagnosis',
                'À surveiller' if fr else 'Watch', 'PRN']
        import html as h
        trs = ''.join('<tr>' + ''.join('<td style="border:1px solid #999;padding:3px">%s</td>' % h.escape(c) for c in row)
                      + '</tr>\n' for row in rows)
        intro = ('Liste de garde – fin de semaine du %s' if fr else 'On-call sign-out – weekend of %s') % fdate(when.date(), lang)
        htm = ('<html><body style="font-family:Calibri,Arial;font-size:10.5pt">\n<p>%s</p>\n<p>%s</p>\n'
               '<table style="border-collapse:collapse">\n<tr>%s</tr>\n%s</table>\n<p>%s<br>%s<br>%s</p>\n</body></html>\n'
               % (h.escape(greet(lang, r, oncall.short(lang))), h.escape(intro),
                  ''.join('<th style="border:1px solid #999;background:#dde">%s</th>' % c for c in head), trs,
                  h.escape(close(lang, r)), h.escape(nurse.name(lang)), h.escape(nurse.role_txt(lang))))
        text = None
    subj = r.choice(['Liste de garde FDS', 'Garde fin de semaine – patients SAD', 'Sign-out fds']) if fr else \
        r.choice(['Weekend sign-out', 'On-call list – home care', 'Handover for the weekend'])
    m = Mail(lang, nurse.na(), [oncall.na()], subj, text, html=htm, date=when,
             mode='html' if htm else None, cc=[Staff(r, 'sad', 'inf_sad').na()])
    return m, types, 'weekend sign-out list of home-care patients with diagnoses and PRN medication'


def p_roster_xlsx(r, lang, pool, when, nam):
    n = r.randint(5, 9)
    pts = pool.adults_n(n) if nam else [pool.invented(r, when) for _ in range(n)]
    asi = Staff(r, 'maison', 'asi')
    md = Staff(r, 'maison', 'md_sad')
    fr = lang == 'fr'
    head = ['Chambre', 'Nom', 'DDN', 'NAM' if nam else 'Dossier', 'Diagnostic', 'PPS', 'Admission', 'Remarques'] if fr else \
        ['Room', 'Name', 'DOB', 'RAMQ' if nam else 'MRN', 'Diagnosis', 'PPS', 'Admitted', 'Notes']
    rows = [head]
    for i, p in enumerate(pts):
        rows.append([str(101 + i), pname(p, lang, r, 'rev'), p.dob.isoformat(), p.nam if nam else p.mrn,
                     dx_for(p, when, r, lang), r.choice(PPS) if fr else r.choice(PPS).replace(' %', '%'), fdate((when - datetime.timedelta(days=r.randint(1, 40))).date(), lang, 'iso'),
                     pick(r, SYMPTOMS, lang) if r.random() < 0.5 else ''])
    xl = make_xlsx([('Résidents' if fr else 'Residents', rows)], author=asi.name(lang, False))
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'ramq_nam' if nam else 'mrn'}
    body = ('%s\n\nCi-joint la liste des résidents à jour pour la garde médicale de cette nuit.\n'
            '%s\n\n%s' % (greet('fr', r, md.short('fr')),
                          r.choice(['Deux admissions prévues demain.', 'Aucun changement depuis hier.', 'Ch. 104 : famille présente 24 h.']),
                          close('fr', r))) if fr else \
        ('%s\n\nAttached is the updated resident list for tonight\'s medical on-call.\n%s\n\n%s' % (
            greet('en', r, md.short('en')), r.choice(['Two admissions planned tomorrow.', 'No change since yesterday.']),
            close('en', r)))
    fname = r.choice(['liste_residents_%s.xlsx' % when.strftime('%Y-%m-%d'), 'Liste résidents Maison.xlsx',
                      'census_%s.xlsx' % when.strftime('%Y%m%d')])
    subj = r.choice(['Liste des résidents', 'Census Maison', 'Liste à jour – garde']) if fr else \
        r.choice(['Resident census', 'Updated list for on-call', 'Census'])
    m = Mail(lang, asi.na(), [md.na()], subj, body + '\n' + sig(asi, lang, r), date=when,
             atts=[Att(fname, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xl)])
    return m, types, 'resident census spreadsheet (XLSX) with names, birth dates, identifiers and diagnoses'


def p_csv_visits(r, lang, pool, when, nam):
    n = r.randint(5, 8)
    pts = (pool.adults_n(3) + [pool.invented(r, when) for _ in range(n - 3)]) if nam else [pool.invented(r, when) for _ in range(n)]
    r.shuffle(pts)
    admin = Staff(r, 'sad', 'admin')
    fr = lang == 'fr'
    head = ['date', 'heure', 'infirmiere', 'usager', 'nam', 'adresse', 'telephone', 'motif'] if fr else \
        ['date', 'time', 'nurse', 'client', 'health_no', 'address', 'phone', 'reason']
    rows = [head]
    reasons_fr = ['changement timbre fentanyl', 'évaluation douleur', 'installation papillon SC', 'suivi plaie sacrée',
                  'enseignement famille – entredoses', 'réévaluation dyspnée', 'prise de sang (Ca, créat.)']
    reasons_en = ['fentanyl patch change', 'pain assessment', 'SC butterfly insertion', 'sacral wound care',
                  'family teaching – breakthrough doses', 'dyspnoea reassessment', 'blood draw (Ca, creat)']
    for i, p in enumerate(pts):
        st = Staff(r, 'sad', 'inf_sad')
        rows.append([when.date().isoformat(), '%02d:%s' % (8 + i, r.choice(['00', '30'])), st.name(lang, False),
                     '%s %s' % (p.surname, p.given), p.nam if p.nam else '', address(r), phone(r),
                     r.choice(reasons_fr if fr else reasons_en)])
    sep = r.choice([';', ','])
    cs = r.choice(['utf-8', 'windows-1252'])
    csv = make_csv(rows, sep)
    if cs == 'utf-8' and r.random() < 0.5:
        csv = '\ufeff' + csv
    types = {'patient_name', 'patient_contact'}
    reasons = [row[-1] for row in rows[1:]]
    if any(('fentanyl' in x or 'entredoses' in x or 'breakthrough' in x) for x in reasons):
        types.add('medication')
    if any(('plaie' in x or 'douleur' in x or 'dyspnée' in x or 'wound' in x or 'pain' in x or 'dyspnoea' in x) for x in reasons):
        types.add('diagnosis')
    if nam:
        types.add('ramq_nam')
    body = ('%s\n\nExport des visites de demain pour le secteur %s (fichier CSV).\n\n%s' % (
        greet('fr', r), r.choice(['Nord', 'Sud', 'des Lacs']), close('fr', r))) if fr else \
        ('%s\n\nTomorrow\'s visit export for the %s sector (CSV).\n\n%s' % (greet('en', r), r.choice(['North', 'South', 'Lakes']),
                                                                          close('en', r)))
    fname = r.choice(['export_visites_%s.csv' % when.strftime('%Y%m%d'), 'tournee.csv', 'visits_export.csv'])
    m = Mail(lang, admin.na(), [Staff(r, 'sad', 'inf_sad').na(), Staff(r, 'sad', 'inf_sad').na()],
             r.choice(['Export visites', 'Tournée de demain', 'Visites SAD']) if fr else r.choice(['Visit export', 'Tomorrow\'s route']),
             body + '\n' + sig(admin, lang, r), date=when,
             atts=[Att(fname, r.choice(['text/csv', 'application/vnd.ms-excel', 'text/comma-separated-values']),
                       text=csv, charset=cs)])
    return m, types, 'CSV export of home visits with client names, addresses, phones and care reasons'


def p_ics_visit(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    md = Staff(r, 'sad', 'md_sad')
    nurse = Staff(r, 'sad', 'inf_sad')
    fr = lang == 'fr'
    addr = address(r)
    dx = dx_for(p, when, r, lang)
    start = datetime.datetime.combine(when.date() + datetime.timedelta(days=r.randint(1, 6)),
                                      datetime.time(r.choice([9, 10, 13, 14, 15]), 0))
    summ = ('Visite conjointe à domicile – %s' if fr else 'Joint home visit – %s') % pname(p, lang, r, r.choice(['titlesur', 'title']))
    desc = (('Réévaluation de la douleur et ajustement de la perfusion SC. %s. Code porte : 4412. Le chien est gentil.'
             if fr else 'Pain reassessment and SC infusion adjustment. %s. Door code 4412.') % dx)
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    if nam and r.random() < 0.6:
        desc += ' NAM: ' + p.nam
        types.add('ramq_nam')
    ics = make_ics('%x@havredespins.example' % r.getrandbits(48), start, start + datetime.timedelta(hours=1), summ, desc,
                   addr, (md.name(lang), md.email), [(nurse.name(lang), nurse.email)])
    body = (('%s vous invite à : %s\n%s\n\n' if fr else '%s has invited you to: %s\n%s\n\n') %
            (md.name(lang), summ if r.random() < 0.5 else ('Visite à domicile' if fr else 'Home visit'), fdate(start.date(), lang, 'day')))
    subj = ('Invitation : ' if fr else 'Invitation: ') + (summ if r.random() < 0.6 else ('Visite conjointe' if fr else 'Joint visit'))
    m = Mail(lang, (md.name(lang), md.email), [nurse.na()], subj, body, date=when,
             atts=[Att('invite.ics', 'text/calendar', text=ics, charset='utf-8', inline=r.random() < 0.5)])
    return m, types, 'calendar invitation for a home visit: patient name, home address, diagnosis'


def p_vcard(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    nurse = Staff(r, 'sad', 'inf_sad')
    other = Staff(r, 'sad', 'inf_sad')
    fr = lang == 'fr'
    dx = dx_for(p, when, r, lang)
    addr, tel = address(r), phone(r)
    note = (('Patiente' if p.sex == 'F' else 'Patient') + ' soins palliatifs – %s. Aidante : fille.' if fr else
            'Palliative client – %s. Caregiver: daughter.') % dx
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    bday = None
    if r.random() < 0.5:
        bday = p.dob.isoformat()
        types.add('date_of_birth')
    vcf = make_vcf(p.given, p.surname, tel=('HOME', tel), adr=addr, note=note, bday=bday,
                   email=personal_email(p.given, p.surname, r) if r.random() < 0.4 else None)
    body = ('%s\n\nJe te transmets la fiche contact pour ton nouveau cas de mardi. La famille préfère qu\'on appelle avant '
            'd\'arriver.\n\n%s' % (greet('fr', r, other.given), close('fr', r))) if fr else \
        ('%s\n\nSharing the contact card for your new client on Tuesday. Please call before arriving.\n\n%s' % (
            greet('en', r, other.given), close('en', r)))
    fname = '%s %s.vcf' % (p.given, p.surname) if r.random() < 0.6 else 'contact.vcf'
    m = Mail(lang, nurse.na(), [other.na()], r.choice(['Fiche contact', 'Contact nouvelle patiente', 'Coordonnées']) if fr
             else r.choice(['Contact card', 'New client contact']), body + '\n' + sig(nurse, lang, r), date=when,
             atts=[Att(fname, 'text/vcard', text=vcf, charset='utf-8')])
    return m, types, 'vCard of a palliative client with home phone, address and diagnosis note'


def p_pharmacy_rx(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    md = Staff(r, 'sad', 'md_sad')
    ph = Staff(r, 'pharma', 'pharm')
    fr = lang == 'fr'
    addr = address(r)
    meds = [MEDS[4], MEDS[0], MEDS[7], MEDS[5]]
    meds = [(a if fr else b) for a, b in meds][:r.randint(3, 4)]
    types = {'patient_name', 'date_of_birth', 'medication', 'patient_contact'}
    L = ['**' + ('ORDONNANCE – TROUSSE DE DÉTRESSE / SOINS DE CONFORT' if fr else 'PRESCRIPTION – COMFORT / CRISIS KIT'), '',
         ('Patient : ' if fr else 'Patient: ') + pname(p, lang, r, 'rev'),
         ('DDN : ' if fr else 'DOB: ') + p.dob.isoformat()]
    if nam:
        L.append(('NAM : ' if fr else 'RAMQ: ') + fmt_nam(p.nam, 'space'))
        types.add('ramq_nam')
    L += [('Adresse : ' if fr else 'Address: ') + addr, '']
    for i, m_ in enumerate(meds, 1):
        L.append('%d. %s  –  Qté : %s' % (i, m_, r.choice(['10 seringues', '1 fiole 10 mL', '20 amp.'])) if fr else
                 '%d. %s  –  Qty: %s' % (i, m_, r.choice(['10 syringes', '1 vial 10 mL', '20 amp.'])))
    L += ['', ('Prescripteur : ' if fr else 'Prescriber: ') + md.name(lang) + ', permis %05d' % r.randint(10000, 99999),
          ('Date : ' if fr else 'Date: ') + when.date().isoformat()]
    pdf = make_pdf(L, title='Ordonnance', compress=r.random() < 0.5, header=org_name('sad', lang))
    if fr:
        body = '%s\n\nOrdonnance ci-jointe pour la trousse de détresse de %s. Livraison à domicile aujourd\'hui si possible, ' \
               'la famille est sur place.\n\n%s' % (greet('fr', r, ph.given), pname(p, 'fr', r, r.choice(['titlesur', 'title'])), close('fr', r))
        subj = r.choice(['Ordonnance trousse de détresse', 'Rx confort – livraison SVP', 'Ordonnance %s' % p.surname])
    else:
        body = '%s\n\nAttached is the crisis-kit prescription for %s. Home delivery today if possible, family is there.\n\n%s' % (
            greet('en', r, ph.given), pname(p, 'en', r, r.choice(['titlesur', 'title'])), close('en', r))
        subj = r.choice(['Crisis kit prescription', 'Comfort Rx – delivery please', 'Rx for %s' % p.surname])
    fname = r.choice(['Rx_%s.pdf' % when.strftime('%Y%m%d'), 'ordonnance.pdf', 'Rx_%s_%s.pdf' % (fn_safe(p.surname), fn_safe(p.given))])
    m = Mail(lang, md.na(), [ph.na()], subj, body + '\n' + sig(md, lang, r), date=when,
             atts=[Att(fname, 'application/pdf', pdf)])
    return m, types, 'comfort-kit prescription PDF with patient identity, address and drugs'


def p_pharmacy_question(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    ph = Staff(r, 'pharma', 'pharm')
    md = Staff(r, 'sad', 'md_sad')
    fr = lang == 'fr'
    lab = pick(r, LABS[:3], lang)
    types = {'patient_name', 'medication', 'lab_result'}
    dob = ''
    if r.random() < 0.5:
        dob = (' (né%s le %s)' % ('e' if p.sex == 'F' else '', dob_txt(p, 'fr', r))) if fr else ' (DOB %s)' % dob_txt(p, 'en', r)
        types.add('date_of_birth')
    if nam and r.random() < 0.6:
        dob += ' NAM ' + fmt_nam(p.nam, nam_style(r))
        types.add('ramq_nam')
    if fr:
        body = ('%s\n\nQuestion concernant %s%s : la dernière prise de sang montre %s. Avec la morphine 10 mg q4h, '
                'je crains une accumulation des métabolites (myoclonies rapportées par la fille hier). '
                'Voulez-vous qu\'on passe à l\'hydromorphone? Je proposerais 1 mg SC q4h + 0,5 mg q1h PRN.\n\n'
                'Aussi : le renouvellement de méthotriméprazine n\'a pas été signé.\n\n%s' %
                (greet('fr', r, md.short('fr')), pname(p, 'fr', r), dob, lab, close('fr', r)))
        subj = r.choice(['Question – conversion opioïde', 'Rotation d\'opioïde %s' % pname(p, 'fr', r, 'titlesur'), 'Morphine et IR'])
    else:
        body = ('%s\n\nQuestion about %s%s: latest bloodwork shows %s. On morphine 10 mg q4h I worry about metabolite '
                'accumulation (daughter reported myoclonus yesterday). Would you switch to hydromorphone? I would suggest '
                '1 mg SC q4h + 0.5 mg q1h PRN.\n\nAlso, the methotrimeprazine renewal was not signed.\n\n%s' %
                (greet('en', r, md.short('en')), pname(p, 'en', r), dob, lab, close('en', r)))
        subj = r.choice(['Opioid rotation question', 'Morphine + renal function – %s' % p.surname, 'Quick Rx question'])
    types.add('diagnosis')
    m = Mail(lang, ph.na(), [md.na()], subj, body + '\n' + sig(ph, lang, r), date=when)
    return m, types, 'pharmacist question on opioid rotation with lab value for a named patient'


def p_maid(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    coord = Staff(r, 'amm', 'amm')
    md1, md2 = Staff(r, 'sad', 'md_sad'), Staff(r, 'gmf', 'md_gmf')
    ph = Staff(r, 'pharma', 'pharm')
    fr = lang == 'fr'
    dx = dx_for(p, when, r, lang)
    proc = (when + datetime.timedelta(days=r.randint(3, 12))).date()
    place = r.choice(['à domicile', 'à la Maison Le Havre-des-Pins, chambre 6']) if fr else r.choice(['at home', 'at the residence, room 6'])
    types = {'patient_name', 'diagnosis'}
    ident = pname(p, lang, r, r.choice(['title', 'rev', 'full']))
    if nam:
        ident += ' (NAM %s)' % fmt_nam(p.nam, nam_style(r))
        types.add('ramq_nam')
    elif r.random() < 0.5:
        ident += (' (dossier %s)' if fr else ' (MRN %s)') % p.mrn
        types.add('mrn')
    if fr:
        lines = [greet('fr', r), '', 'Suivi de la demande d\'aide médicale à mourir de %s.' % ident, '',
                 '- Diagnostic : ' + dx,
                 '- Formulaire de demande signé le %s devant deux témoins indépendants.' % fdate((when - datetime.timedelta(days=9)).date(), 'fr'),
                 '- 1re évaluation : %s – critères rencontrés.' % md1.name('fr'),
                 '- 2e évaluation : %s, prévue le %s.' % (md2.name('fr'), fdate((when + datetime.timedelta(days=2)).date(), 'fr')),
                 '- Date souhaitée pour l\'intervention : %s, %s.' % (fdate(proc, 'fr', 'day'), place), '',
                 '%s : merci de préparer les trousses (principale et de secours) pour le %s au matin.' % (ph.given, fdate(proc, 'fr')),
                 'La famille souhaite la présence de l\'intervenante en soins spirituels.', '', close('fr', r)]
        subj = r.choice(['AMM – suivi de la demande', 'AMM %s' % pname(p, 'fr', r, 'titlesur'), 'Coordination AMM – %s' % fdate(proc, 'fr')])
    else:
        lines = [greet('en', r), '', 'Update on the MAID request for %s.' % ident, '', '- Diagnosis: ' + dx,
                 '- Written request signed on %s before two independent witnesses.' % fdate((when - datetime.timedelta(days=9)).date(), 'en'),
                 '- First assessment: %s – eligible.' % md1.name('en'),
                 '- Second assessment: %s, scheduled %s.' % (md2.name('en'), fdate((when + datetime.timedelta(days=2)).date(), 'en')),
                 '- Requested date for provision: %s, %s.' % (fdate(proc, 'en', 'day'), place), '',
                 '%s: please prepare the kits (primary and back-up) for the morning of %s.' % (ph.given, fdate(proc, 'en')),
                 'Family would like the spiritual care provider present.', '', close('en', r)]
        subj = r.choice(['MAID – request follow-up', 'MAID coordination %s' % p.surname, 'MAID provision – %s' % fdate(proc, 'en')])
    m = Mail(lang, coord.na(), [md1.na(), md2.na(), ph.na()], subj, '\n'.join(lines) + '\n' + sig(coord, lang, r), date=when)
    return m, types, 'medical assistance in dying coordination for a named patient'


def p_bereavement(r, lang, pool, when, nam):
    dec = pool.invented(r, when, (55, 92))
    client = pool.adult() if nam else pool.invented(r, when, (40, 85))
    couns = Staff(r, 'deuil', 'deuil')
    ts = Staff(r, 'sad', 'ts')
    fr = lang == 'fr'
    soc = pick(r, SOCIAL[2:4] + SOCIAL[7:9], lang)
    tel = phone(r)
    months = r.choice([3, 6, 10])
    types = {'patient_name', 'social_information', 'patient_contact'}
    idt = ''
    if nam:
        idt = (' (NAM %s)' if fr else ' (RAMQ %s)') % fmt_nam(client.nam, nam_style(r))
        types.add('ramq_nam')
    if fr:
        lines = [greet('fr', r, ts.given), '',
                 'Appel de suivi de deuil (%d mois) avec %s%s, conjoint%s de %s, décédé%s à la Maison le %s.' % (
                     months, pname(client, 'fr', r, 'title'), idt, 'e' if client.sex == 'F' else '', pname(dec, 'fr', r, 'full'),
                     'e' if dec.sex == 'F' else '', fdate((when - datetime.timedelta(days=30 * months)).date(), 'fr')),
                 '', 'Éléments préoccupants : %s; isolement important, dort peu, ' % soc +
                 r.choice(['perte d\'appétit et pleurs quotidiens.', 'a évoqué des idées noires passagères sans plan.',
                           'consommation d\'alcool en hausse depuis le décès.']),
                 'Je recommande une référence au guichet d\'accès santé mentale et une évaluation de l\'admissibilité à l\'aide financière.',
                 'On peut la/le joindre au %s en après-midi.' % tel, '', close('fr', r)]
        subj = r.choice(['Suivi de deuil – référence', 'Référence psychosociale – endeuillé(e)', 'Deuil %s' % pname(client, 'fr', r, 'titlesur')])
    else:
        lines = [greet('en', r, ts.given), '',
                 'Bereavement follow-up call (%d months) with %s%s, whose %s %s died at the residence on %s.' % (
                     months, pname(client, 'en', r, 'title'), idt, 'partner', pname(dec, 'en', r, 'full'),
                     fdate((when - datetime.timedelta(days=30 * months)).date(), 'en')),
                 '', 'Concerns: %s; very isolated, sleeping poorly, ' % soc +
                 r.choice(['poor appetite and crying daily.', 'mentioned passing dark thoughts, no plan.',
                           'drinking more since the death.']),
                 'I recommend a referral to mental health intake and an assessment for financial assistance.',
                 'Best reached at %s in the afternoon.' % tel, '', close('en', r)]
        subj = r.choice(['Bereavement follow-up – referral', 'Psychosocial referral', 'Grief follow-up %s' % client.surname])
    m = Mail(lang, couns.na(), [ts.na()], subj, '\n'.join(lines) + '\n' + sig(couns, lang, r), date=when)
    return m, types, 'bereavement follow-up referral with the bereaved person\'s social situation and phone'

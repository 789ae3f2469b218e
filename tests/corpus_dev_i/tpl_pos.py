# Confidential messages: identifiable patient + personal / medical / social information.
from ctx import *
import html as H

DX_FR = ['IC décompensée', 'MPOC exacerbée', 'pneumonie LID', 'IRA sur IRC stade 4', 'FA rapide', 'cellulite MI gauche',
         'delirium hypoactif', 'hémorragie digestive haute', 'diabète type 2 mal contrôlé', 'néo pulmonaire métastatique',
         'pyélonéphrite', 'chute avec fx hanche droite', 'AVC ischémique sylvien G', 'embolie pulmonaire', 'hyponatrémie sévère']
DX_EN = ['CHF exacerbation', 'COPD flare', 'community-acquired pneumonia', 'AKI on CKD', 'new-onset AF', 'cellulitis L leg',
         'hypoactive delirium', 'upper GI bleed', 'poorly controlled T2DM', 'metastatic lung ca', 'hip fracture post-fall']
MEDS = ['apixaban 5 mg BID', 'metformine 500 mg BID', 'furosémide 40 mg DIE', 'hydromorphone 1 mg q4h PRN',
        'quétiapine 25 mg HS', 'pantoprazole 40 mg DIE', 'bisoprolol 2,5 mg DIE', 'insuline glargine 18 U HS',
        'méthadone 60 mg DIE', 'lithium 300 mg BID', 'warfarine selon RNI', 'ramipril 5 mg DIE']

def fr_to(c, dom_key):
    s = c.staff(dom=EXT[dom_key]); return [(s['full'], s['email'])], s

def p_referral(c, en):
    p = c.pat(); r = c.r; me = c.staff(en=en); doc = c.staff(en=en, dom=EXT['gmf'])
    sty = r.choice(['space', 'plain', 'space', 'dash'])
    if en:
        dx = r.choice(DX_EN)
        subj = r.choice([f'Referral - {p["sur"]}, {p["giv"]}', 'Referral internal medicine', f'Ref: {p["sur"]} {p["giv"][0]}. – urgent-ish'])
        txt = (f'Hi {doc["giv"]},\n\nReferring {T(p, True)} {p["giv"]} {p["sur"]}, DOB {p["dob"]}, RAMQ {fmt_nam(p["nam"], sty)}, '
               f'{age(p)} y/o, for follow-up of {dx}. Seen in ED on {r.randint(1, 28)}/11, d/c home on {r.choice(MEDS)}.\n'
               f'Please see within 2-3 wks. Recent creat {r.randint(90, 240)}, Hb {r.randint(82, 140)}.\n'
               f'{he(p).capitalize()} can be reached at {c.phone()}.' + c.sig(me, True))
        types = ['ramq_nam', 'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result', 'patient_contact']
    else:
        dx = r.choice(DX_FR)
        subj = r.choice([f'Référence – {p["sur"]} {p["giv"]}', 'Demande de consultation', f'Réf. méd. interne {p["sur"]}',
                         'consult svp'])
        txt = (f'Bonjour Dr{"e" if doc["sex"] == "F" else ""} {doc["sur"]},\n\n'
               f'Je vous réfère {T(p)} {p["giv"]} {p["sur"]} ({ne(p)} le {dob_fr(p, r.choice(["iso", "slash"]))}), NAM {fmt_nam(p["nam"], sty)}, '
               f'pour suivi de {dx}.\nATCD : HTA, dyslipidémie. Rx actuelle : {r.choice(MEDS)}, {r.choice(MEDS)}.\n'
               f'Dernier bilan : créat {r.randint(90, 240)}, Hb {r.randint(82, 140)}, HbA1c {r.randint(60, 110) / 10}.\n'
               f'Délai souhaité : {r.choice(["2 sem.", "4-6 sem.", "urgent < 7 jours"])}.\n'
               f'Tél. patient{e_(p)} : {c.phone()}' + c.sig(me))
        types = ['ramq_nam', 'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result', 'patient_contact']
    return dict(cat='referral', types=types, note='referral letter with patient name, DOB, health number and diagnosis',
                subject=subj, text=txt, frm=me, to=[(doc['full'], doc['email'])])

def p_signout(c, en):
    r = c.r; me = c.staff(en=en); to = c.staff(en=en)
    rows = []
    n = r.randint(4, 7)
    for i in range(n):
        p = c.pat() if r.random() < 0.5 else c.xpat()
        room = f'{r.choice(["4B", "5A", "6C", "USI", "2D"])}-{r.randint(1, 40):02d}'
        dx = r.choice(DX_EN if en else DX_FR)
        todo = r.choice(['f/u K+ 22h', 'hold anticoag AM', 'CT demain', 'DNR — famille avisée', 'surv. sat', 'hemoc x2 pending',
                         'if febrile: cultures', 'ajuster lasix selon bilan', 'sevrage ROH — CIWA', 'NPO minuit'])
        ident = c.mrn() if p['nam'] is None else fmt_nam(p['nam'], r.choice(['plain', 'space']))
        rows.append((room, f'{p["sur"].upper()} {p["giv"]}', str(age(p)) + ('F' if p['sex'] == 'F' else 'M'), ident, dx, todo))
    if en:
        subj = r.choice(['signout 4B tonight', 'handover', 'night sign-out', 'sign out list'])
        intro = 'Sign-out for tonight, pls call if issues.\n\n'
    else:
        subj = r.choice(['liste de garde nuit', 'sign-out 4B', 'passation de garde', 'handover soir', 'liste patients weekend'])
        intro = r.choice(['Voici la liste pour ce soir. Appelle-moi si besoin.\n\n', 'Liste à jour :\n\n', 'pour la garde:\n\n'])
    txt = intro + '\n'.join(' | '.join(x) for x in rows) + c.sig(me, en)
    html = None
    if r.random() < 0.5:
        tr = ''.join('<tr>' + ''.join(f'<td>{H.escape(v)}</td>' for v in x) + '</tr>\n' for x in rows)
        html = (f'<html><body>\n<p>{H.escape(intro.strip())}</p>\n<table border="1" cellpadding="3">\n'
                f'<tr><th>Ch.</th><th>Nom</th><th>Âge</th><th>ID</th><th>Dx</th><th>À faire</th></tr>\n{tr}</table>\n'
                f'<p>{H.escape(me["n"])}</p>\n</body></html>')
    import re as _re
    isnam = lambda v: bool(_re.fullmatch(r'[A-Z]{4}\d{8}', v.replace(' ', '')))
    types = ['patient_name', 'diagnosis'] + (['ramq_nam'] if any(isnam(x[3]) for x in rows) else []) + \
            (['mrn'] if any(not isnam(x[3]) for x in rows) else [])
    return dict(cat='signout_list', types=types, note='sign-out roster of inpatients with names, ids, diagnoses and to-dos',
                subject=subj, text=txt, html=html, frm=me, to=[(to['full'], to['email'])], force='html' if html and r.random() < 0.4 else None)

def p_subject_only(c, en):
    r = c.r; p = c.pat(); me = c.staff(en=en); to = c.staff(en=en)
    v = r.choice(['K', 'trop', 'hb', 'inr'])
    res = {'K': 'K+ 6,7', 'trop': 'tropo 412 ng/L', 'hb': 'Hb 61', 'inr': 'RNI 5,8'}[v]
    style = r.choice(['a', 'b', 'c'])
    if style == 'a': subj = f'{p["sur"]} {p["giv"]} {p["dob"]} – {res}'
    elif style == 'b': subj = f'{p["sur"].upper()}, {p["giv"][0]}. NAM {fmt_nam(p["nam"], "space")} {res} ?'
    else: subj = f'RE: {p["sur"]} {p["giv"][0]} - {res} rappeler svp'
    txt = r.choice(['voir objet', 'SVP rappeler', '', 'fyi', 'cf objet, merci de rappeler le pt', 'Envoyé de mon iPhone'])
    types = ['patient_name', 'lab_result'] + (['date_of_birth'] if style == 'a' else []) + (['ramq_nam'] if style == 'b' else [])
    return dict(cat='subject_only', types=types, note='patient name and critical result only in the Subject line',
                subject=subj, text=txt, frm=me, to=[(to['full'], to['email'])], force='plain')

def p_critical(c, en):
    r = c.r; p = c.pat() if r.random() < 0.6 else c.xpat(); me = c.staff(en=en); to = c.staff(en=en)
    mrn = c.mrn()
    val = r.choice([('Potassium', '6.9 mmol/L'), ('Sodium', '118 mmol/L'), ('Hémoglobine', '58 g/L'), ('Troponine hs', '1 240 ng/L'),
                    ('Glucose', '1.9 mmol/L'), ('Hémoculture', 'BGN 2/2 flacons'), ('Lactate', '5.8 mmol/L')])
    if en:
        subj = r.choice(['Critical value', f'CRITICAL – {p["sur"]}', 'critical lab result - pls call back'])
        txt = (f'Critical value called to ward, no answer from resident on call.\n\nPatient: {p["sur"].upper()}, {p["giv"]}\nMRN: {mrn}\n'
               f'DOB: {p["dob"]}\n{val[0]}: {val[1]} (collected {r.randint(0, 23):02d}:{r.randint(0, 59):02d})\n\nPlease acknowledge.' + c.sig(me, True))
    else:
        subj = r.choice(['Valeur critique', f'VALEUR CRITIQUE dossier {mrn}', 'valeur critique – rappel svp'])
        txt = (f'Valeur critique non jointe par téléphone (résident de garde).\n\nUsager : {p["sur"].upper()}, {p["giv"]}\n'
               f'No dossier : {mrn}\nDDN : {p["dob"]}\nAnalyse : {val[0]} = {val[1]}\nPrélevé à {r.randint(0, 23)}h{r.randint(10, 59)}\n\n'
               f'Merci d\'accuser réception.\nLaboratoire de biochimie' + c.sig(me))
    return dict(cat='critical_value', types=['patient_name', 'mrn', 'date_of_birth', 'lab_result'],
                note='lab critical value with patient name, chart number and DOB', subject=subj, text=txt, frm=me, to=[(to['full'], to['email'])])

def p_booking(c, en):
    r = c.r; p = c.pat(); me = c.staff(en=en)
    clinic = r.choice(['clinique d\'anticoagulothérapie', 'clinique de néphrologie', 'clinique du diabète', 'clinique d\'oncologie',
                       'clinique mémoire', 'clinique de la douleur'])
    tel = c.phone()
    if en:
        clinic_en = r.choice(['anticoagulation clinic', 'nephrology clinic', 'memory clinic', 'pain clinic'])
        subj = r.choice(['reschedule', f'Appt change {p["sur"]}', 'please rebook'])
        txt = (f'Hi,\nCould you rebook {p["giv"]} {p["sur"]} ({p["dob"]}) at the {clinic_en}? {he(p).capitalize()} cannot come on '
               f'{r.randint(1, 28)}/12 (transport issue). Best number: {tel}, evenings only.\nThanks' + c.sig(me, True))
        types = ['patient_name', 'date_of_birth', 'patient_contact']
    else:
        subj = r.choice(['Report de RV', f'RV {p["sur"]} à déplacer', 'changement de rendez-vous', 'reprise rv svp'])
        txt = (f'Bonjour,\n\nPourriez-vous déplacer le RV de {T(p)} {p["sur"]} {p["giv"]} (NAM {fmt_nam(p["nam"], r.choice(["plain", "space"]))}) '
               f'à la {clinic} prévu le {c.date_fr()} ? {Il(p)} sera hospitalisé{e_(p)} pour une chirurgie.\n'
               f'Joindre {r.choice(["sa fille", "son conjoint", "le patient" if p["sex"] == "M" else "la patiente"])} au {tel}.\n\nMerci' + c.sig(me))
        types = ['patient_name', 'ramq_nam', 'patient_contact']
    to = c.staff(en=en)
    return dict(cat='booking', types=types, note='appointment rebooking naming the patient, clinic and phone',
                subject=subj, text=txt, frm=me, to=[('Centrale de rendez-vous', 'rv-central@' + DOM)])

def p_home_care(c, en):
    r = c.r; p = c.pat(); me = c.staff(); adr = c.address(sag=r.random() < 0.4); tel = c.phone()
    soin = r.choice(['pansement plaie sacrée stade 3 q2j', 'injections d\'énoxaparine x 10 jours', 'suivi post-op prothèse genou',
                     'soins palliatifs – pompe sous-cut.', 'suivi glycémies + insuline', 'ergo: évaluation sécurité domicile (chutes)'])
    subj = r.choice(['Demande SAD', f'Référence soutien à domicile – {p["sur"]}', 'Suivi CLSC au congé', 'SAD svp'])
    txt = (f'Bonjour,\n\nDemande de services de soutien à domicile au congé prévu le {c.date_fr()}.\n\n'
           f'{p["sur"]}, {p["giv"]} – {ne(p)} {p["dob"]} – NAM {fmt_nam(p["nam"], r.choice(["space", "plain", "dash"]))}\n'
           f'Adresse : {adr[0]}, {adr[1]} {adr[2]}\nTél. : {tel}\n'
           f'Besoin : {soin}\nDx principal : {r.choice(DX_FR)}\n'
           f'{r.choice(["Vit seul" + e_(p) + ", escalier 2e étage.", "Conjoint aidant, pas de véhicule.", "Chien à la maison."]) if age(p) > 18 else "Parents aidants, garde partagée."}' + c.sig(me))
    att = []
    if r.random() < 0.4:
        att.append((f'{strip_acc(p["sur"])}_{p["giv"][0]}.vcf', 'text/vcard',
                    make_vcf(f'{p["giv"]} {p["sur"]}', p['sur'], p['giv'], tel=[('HOME', tel)], adr=(adr[0], adr[1], adr[2]),
                             note=f'Usager SAD – {soin}')))
    return dict(cat='home_care', types=['patient_name', 'date_of_birth', 'ramq_nam', 'patient_contact', 'diagnosis'],
                note='CLSC home-care request with patient address, phone, NAM and care needs', subject=subj, text=txt,
                frm=me, to=[('Guichet SAD', 'guichet-sad@' + EXT['clsc'])], att=att)

def p_transport(c, en):
    r = c.r; p = c.pat(); me = c.staff(); adr = c.address()
    subj = r.choice(['transport adapté', 'Demande de transport – dialyse', 'transport mardi/jeudi/samedi'])
    txt = (f'Bonjour,\nTransport requis pour {p["giv"]} {p["sur"]} ({p["dob"]}), hémodialyse 3x/sem '
           f'{r.choice(["lun-mer-ven", "mar-jeu-sam"])} {r.choice(["6h45", "11h30", "16h00"])}.\n'
           f'Ramassage : {adr[0]}, {adr[1]}. {r.choice(["Fauteuil roulant.", "Marchette, besoin aide escalier.", "Oxygène 2L."])}\n'
           f'Tél. domicile : {c.phone()}\nMerci!' + c.sig(me))
    return dict(cat='transport', types=['patient_name', 'date_of_birth', 'patient_contact', 'diagnosis'],
                note='adapted-transport request with patient home address and dialysis schedule', subject=subj, text=txt,
                frm=me, to=[('Répartition', 'repartition@' + EXT['transport'])])

def p_dpj(c, en):
    r = c.r; me = c.staff()
    kid = c.pat() if r.random() < 0.5 else None
    if kid is None or age(kid) > 17:
        s, g, sex = r.choice([('Néron', 'Jacynthe', 'F'), ('Fillion', 'Dylan', 'M'), ('Tardif', 'Océane', 'F'), ('Bolduc', 'Nathan', 'M')])
        kid = dict(sur=s, giv=g, sex=sex, dob='%d-%02d-%02d' % (r.randint(2011, 2023), r.randint(1, 12), r.randint(1, 28)), nam=None)
    mom = r.choice(['Mme Néron', 'La mère', 'Mme ' + kid['sur']])
    subj = r.choice(['Signalement', f'Suivi DPJ – {kid["giv"]}', 'urgence sociale ped', f'{kid["sur"]} {kid["giv"]} – PDJ'])
    txt = (f'Bonjour,\n\nSignalement retenu pour {kid["giv"]} {kid["sur"]} ({kid["dob"]}). '
           f'{r.choice(["Négligence (hygiène, absentéisme scolaire).", "Exposition à la violence conjugale, père sous ordonnance de non-contact.", "Abus physique allégué, ecchymoses multiples constatées à l’urgence.", "Mère en rechute (consommation), enfant confié temporairement à la grand-mère."])}\n'
           f'Mesures de protection immédiates jusqu\'au {c.date_fr()}. {mom} informée. Garde partagée suspendue.\n'
           f'Intervenante DPJ au dossier : {r.choice(["Mme Lapierre", "M. Gagnon", "Mme Dufour"])}, 418-555-{r.randint(0, 9999):04d}.\n'
           f'Merci de ne pas remettre l\'enfant à un autre adulte sans nous aviser.' + c.sig(me))
    types = ['patient_name', 'date_of_birth', 'social_information']
    if kid.get('nam') and r.random() < 0.5:
        txt = txt.replace('). ', f'), NAM {fmt_nam(kid["nam"], "space")}. ', 1); types.append('ramq_nam')
    return dict(cat='youth_protection', types=types, note='youth-protection report naming a child with DOB and family situation',
                subject=subj, text=txt, frm=me, to=[('Réception des signalements', 'rts@' + EXT['dpj'])])

def p_social(c, en):
    r = c.r; p = c.pat(); me = c.staff(en=en)
    if en:
        subj = r.choice(['SW note', 'housing - discharge planning', f'{p["sur"]} - social situation'])
        txt = (f'FYI re {p["giv"]} {p["sur"]} (bed 5A-{r.randint(1, 30)}, DOB {p["dob"]}): evicted from {his(p)} apartment last month, '
               f'currently on social assistance, {r.choice(["history of opioid use disorder on methadone", "partner violence reported, shelter bed requested", "no status in Canada, awaiting IRCC decision"])}. '
               f'Cannot be discharged to the street. I have applied for a CHSLD bridge bed.' + c.sig(me, True))
    else:
        subj = r.choice(['Note SS', 'Situation sociale – congé difficile', f'{p["sur"]} {p["giv"]} – hébergement', 'SVP lire avant le congé'])
        txt = (f'Salut,\n\nPour {T(p)} {p["sur"]} ({p["dob"]}), ch. {r.randint(401, 640)} : '
               f'{r.choice(["perte de logement (éviction), prestataire aide sociale, aucun réseau.", "victime de violence conjugale, demande hébergement maison d’hébergement, ne pas divulguer sa présence.", "curatelle publique en cours, inaptitude à gérer ses biens.", "sortie de détention récente, suivi probation, trouble d’usage opioïdes."])}\n'
               f'Je propose une rencontre avec la famille demain 14h.' + c.sig(me))
    return dict(cat='social_work', types=['patient_name', 'date_of_birth', 'social_information'],
                note='social-work note about a named patient (housing, income, violence or justice)', subject=subj, text=txt,
                frm=me, to=[(c.staff(en=en)['full'], c.staff(en=en)['email'])])

def p_discharge_pdf(c, en):
    r = c.r; p = c.pat(); me = c.staff(); doc = c.staff(dom=EXT['gmf']); mrn = c.mrn('8')
    dx = r.choice(DX_FR)
    lines = [f'Nom : {p["sur"].upper()}, {p["giv"]}    Dossier : {mrn}', f'DDN : {p["dob"]}    NAM : {fmt_nam(p["nam"], "space")}',
             f'Admission : 2026-11-{r.randint(1, 10):02d}   Congé : 2026-11-{r.randint(11, 25):02d}', '',
             f'Diagnostic principal : {dx}', f'Diagnostics secondaires : HTA, {r.choice(DX_FR)}', '',
             'Médication au congé :'] + ['  - ' + m for m in r.sample(MEDS, 4)] + ['', 'Suivi : médecin de famille dans 1-2 semaines, bilan sanguin dans 7 jours.',
             f'Résultats pertinents : créat {r.randint(80, 220)} umol/L, Na {r.randint(128, 142)}, BNP {r.randint(300, 2400)}']
    pdf = make_pdf('Résumé de dossier – congé', lines)
    subj = r.choice(['Résumé de congé', 'Sommaire d\'hospitalisation', f'congé {p["sur"]}', 'Résumé'])
    txt = r.choice([f'Bonjour,\nCi-joint le résumé de congé de votre patient{e_(p)}.\nCordialement', 'Voir PJ.', 'SVP voir le sommaire en pièce jointe.']) + c.sig(me)
    fn = r.choice([f'resume_conge_{mrn}.pdf', 'resume_conge.pdf', f'{strip_acc(p["sur"])}_conge.pdf', 'scan0042.pdf'])
    return dict(cat='discharge_pdf', types=['patient_name', 'mrn', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication', 'lab_result'],
                note='discharge summary PDF attachment with full patient identification', subject=subj, text=txt, frm=me,
                to=[(doc['full'], doc['email'])], att=[(fn, 'application/pdf', pdf)])

def p_medrec(c, en):
    r = c.r; p = c.pat(); me = c.staff(en=en); pharm = ('Pharmacie Cartier', 'labo@' + EXT['pharm'])
    meds = r.sample(MEDS, 5)
    if en:
        subj = 'Med rec - please fax profile'
        txt = (f'Hello,\nCould you send the med profile for {p["sur"]}, {p["giv"]} DOB {p["dob"]} (RAMQ {fmt_nam(p["nam"], "plain")})? '
               f'Admitted last night. We have: ' + '; '.join(meds[:3]) + '.\nThanks' + c.sig(me, True))
    else:
        subj = r.choice(['Bilan comparatif des médicaments', 'Profil pharmaco svp', 'BCM – admission'])
        txt = (f'Bonjour,\nPour le BCM de {p["sur"]} {p["giv"]} ({p["dob"]}), NAM {fmt_nam(p["nam"], r.choice(["space", "plain"]))} :\n'
               + '\n'.join('- ' + m for m in meds) + '\nPouvez-vous confirmer la dernière date de service pour ' + meds[0].split()[0] + ' ?\nMerci' + c.sig(me))
    return dict(cat='med_rec', types=['patient_name', 'date_of_birth', 'ramq_nam', 'medication'],
                note='medication reconciliation with community pharmacy naming patient and drugs', subject=subj, text=txt,
                frm=me, to=[pharm])

def p_xlsx_roster(c, en):
    r = c.r; me = c.staff(); to = c.staff(dom=EXT['cisss'])
    rows = [['Nom', 'Prénom', 'DDN', 'NAM', 'Dx', 'Date RV']]
    for _ in range(r.randint(6, 12)):
        p = c.pat()
        rows.append([p['sur'], p['giv'], p['dob'], fmt_nam(p['nam'], r.choice(['plain', 'space'])), r.choice(DX_FR), f'2026-12-{r.randint(1, 20):02d}'])
    x = make_xlsx('Liste', rows)
    subj = r.choice(['liste attente', 'Liste de rappel décembre', 'fichier pour la relance', 'Liste RV à confirmer'])
    txt = r.choice(['Voici le fichier.', 'Bonjour, ci-joint la liste à jour des usagers à rappeler.', 'tel que discuté']) + c.sig(me)
    return dict(cat='xlsx_roster', types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'],
                note='Excel attachment listing patients with NAM, DOB and diagnoses', subject=subj, text=txt, frm=me,
                to=[(to['full'], to['email'])], att=[(r.choice(['liste_rappel.xlsx', 'Liste attente dec.xlsx', 'export.xlsx']),
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)])

def p_csv_export(c, en):
    r = c.r; me = c.staff(en=en); to = c.staff(en=en, dom=EXT['univ'])
    lines = ['mrn;sexe;ddn;code_postal;dx;hba1c']
    for _ in range(r.randint(8, 15)):
        p = c.xpat()
        lines.append(f'{c.mrn("8")};{p["sex"]};{p["dob"]};G1{r.choice("RKMEJ")} {r.randint(1, 9)}X{r.randint(1, 9)};E11;{r.randint(55, 120) / 10}')
    data = ('\n'.join(lines) + '\n').encode('utf-8')
    if en:
        subj = 'data pull for the diabetes study'; txt = 'Here is the extract you asked for (first 2 months). Linking key on our side.' + c.sig(me, True)
    else:
        subj = r.choice(['extraction projet diabète', 'export données', 'Fichier extraction']); txt = 'Voici l\'extraction demandée, avec no de dossier pour la liaison.' + c.sig(me)
    return dict(cat='csv_export', types=['mrn', 'date_of_birth', 'diagnosis', 'lab_result'],
                note='CSV extract with chart numbers, DOB, postal code and lab values per patient', subject=subj, text=txt,
                frm=me, to=[(to['full'], to['email'])], att=[('extraction_diabete.csv', 'text/csv', data)])

def p_ics(c, en):
    r = c.r; p = c.pat(); me = c.staff(); tw = c.staff()
    room = r.randint(401, 640)
    ics = make_ics(f'{r.getrandbits(64):016x}@{DOM}', f'Rencontre famille – {T(p)} {p["sur"]} (ch. {room})',
                   *(lambda d: (f'202612{d:02d}T140000', f'202612{d:02d}T150000'))(r.randint(1, 20)), 'Salle 4B-12',
                   f'Niveau de soins et orientation. {p["giv"]} {p["sur"]}, {ne(p)} {p["dob"]}. Dx : {r.choice(DX_FR)}. '
                   f'Fils: {c.phone()}', (me['n'], me['email']), [(tw['n'], tw['email'])])
    subj = f'Invitation : Rencontre famille – {T(p)} {p["sur"]}'
    txt = 'Vous êtes invité(e) à la rencontre suivante.' + c.sig(me)
    return dict(cat='ics_invite', types=['patient_name', 'date_of_birth', 'diagnosis'],
                note='calendar invitation for a family meeting about a named inpatient', subject=subj, text=txt, frm=me,
                to=[(tw['full'], tw['email'])], att=[('invite.ics', 'text/calendar; method=REQUEST', ics)])

"""Positive templates, part C: short / disguised / unusual placements."""
import datetime

import attach
import ids
import vocab as V
from compose import Mail


# ------------------------------------------------------------------ 21 NAM without name, odd spelling
def disguised_nam(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt()
    key = c.choice(['preg', 'dm2', 'chlam', 'dep', 'asthma', 'hypo', 'adhd'])
    dxs = V.dx(key, lang, rng)
    form, kind = ids.nam_variant(p.nam, rng, allow_odd=True)
    sec = c.me(c.choice(['sec', 'recep']))
    nurse = c.me('nurse')
    m.frm = (sec['given'], sec['addr'])
    m.to = [(nurse['given'], nurse['addr'])]
    m.types.update({'ramq_nam', 'diagnosis'})
    m.subject = c.choice([c.L('carte expirée?', 'expired card?'), c.L('vite vite', 'quick one'), c.L('question', 'q'), ''])
    txt = c.choice([
        c.L('Peux-tu vérifier la carte %s? Expirée selon le système. Elle/il vient à 14h pour le suivi (%s).' % (form, dxs),
            'Can you check card %s? System says expired. Coming at 2pm for follow-up (%s).' % (form, dxs)),
        c.L('le %s rappelle encore (dx : %s), je lui dis quoi??' % (form, dxs),
            '%s called again about the %s, what do I tell them??' % (form, dxs)),
        c.L('nam %s - %s - dossier à transférer au Dr %s svp' % (form, dxs, V.doctor(rng)['surname']) if c.chance(0.5) else 'nam %s - %s - dossier à transférer à la Dre %s svp' % (form, dxs, V.doctor(rng)['surname']),
            'nam %s - %s - please transfer chart to Dr %s' % (form, dxs, c.staff()['surname'])),
    ])
    m.blocks = [txt, sec['given'][0]]
    if c.chance(0.4):
        m.force_body = 'plain'
    m.note = 'NAM in %s spelling without the name, with diagnosis' % kind
    m.gp = p
    return m


# ------------------------------------------------------------------ 22 vaccination record
VACCINES = ['Shingrix (dose 2)', 'Pneu-C-20', 'Fluzone HD', 'Comirnaty XBB', 'Twinrix', 'Adacel', 'RRO (MMR)', 'Gardasil 9']


def vaccination(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt()
    nurse = c.me('nurse')
    key = c.choice(['copd', 'dm2', 'ckd', 'hiv', 'asthma', 'breast'])
    m.frm = (nurse['full'], nurse['addr'])
    variant = c.choice(['to_patient', 'to_pharm'])
    if variant == 'to_patient':
        m.to = [(p.full, ids.personal_email(p, rng))]
    else:
        ph = c.choice(ids.PHARMACIES)
        m.to = [(ph[0], 'vaccination@' + ph[1])]
    m.types.update({'patient_name', 'date_of_birth', 'medication', 'diagnosis'})
    rows = []
    for v in rng.sample(VACCINES, rng.randrange(2, 5)):
        rows.append([v, c.date(datetime.date(rng.randrange(2019, 2025), rng.randrange(1, 13), rng.randrange(1, 28))),
                     'Lot %s%d' % (c.choice(['FJ', 'KT', 'U7', 'AB']), rng.randrange(1000, 9999))])
    m.subject = c.L('Carnet de vaccination - %s' % p.full, 'Immunization record - %s' % p.full)
    m.blocks = [V.greet(lang, rng),
                c.L('Voici le relevé de vaccination de %s (DDN %s). Considérer la/le comme immunosupprimé(e) (%s) pour les prochaines doses.'
                    % (p.full, c.date(p.dob), V.dx(key, lang, rng)),
                    'Here is the immunization record for %s (DOB %s). Consider immunocompromised (%s) for the next doses.'
                    % (p.full, c.date(p.dob), V.dx(key, lang, rng))),
                ('table', c.L(['Vaccin', 'Date', 'Lot'], ['Vaccine', 'Date', 'Lot']), rows), c.sig(nurse)]
    m.note = 'immunization record with DOB and condition'
    m.gp = p
    return m


# ------------------------------------------------------------------ 23 missed INR / no-show
def no_show(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    nurse = c.me('nurse')
    sec = c.me('sec')
    m.frm = (nurse['full'], nurse['addr'])
    m.to = [(sec['full'], sec['addr'])]
    tel = ids.phone(rng)
    md = c.choice(['warfarine 5 mg', 'Coumadin 3 mg', 'warfarine 2,5 mg'] if lang == 'fr' else ['warfarin 5 mg', 'Coumadin 3 mg', 'warfarin 2.5 mg'])
    m.types.update({'patient_name', 'medication', 'patient_contact'})
    m.subject = c.choice([c.L('Absent clinique RNI', 'INR clinic no-show'), c.L('À rappeler svp', 'Please call back'), c.L('RNI manqué - %s' % p.surname, 'Missed INR - %s' % p.surname)])
    txt = c.L("%s ne s'est pas présenté(e) à son RNI ce matin (sous %s, dernier RNI 3,9). Pouvez-vous l'appeler au %s et lui redonner un RDV cette semaine?"
              % (p.full, md, tel),
              "%s did not show up for the INR this morning (on %s, last INR 3.9). Could you call at %s and rebook this week?" % (p.full, md, tel))
    m.types.add('lab_result')
    if c.chance(0.5):
        txt += c.L(' (FA, voir note)', ' (AFib, see note)')
        m.types.add('diagnosis')
    else:
        m.types.discard('diagnosis')
    m.blocks = [V.greet(lang, rng, sec['given']), txt, c.sig(nurse)]
    m.note = 'INR no-show with phone and anticoagulant'
    m.gp = p
    return m


# ------------------------------------------------------------------ 24 pediatric
def pediatric(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(kids=True)
    key = c.choice(['aom', 'adhd', 'asthma'])
    dxs = V.dx(key, lang, rng)
    md = V.med(key, rng)
    parent = c.choice(ids.PATIENT_GIVEN_F + ids.PATIENT_GIVEN_M)
    pmail = '%s.%s@%s' % (ids.ascii_local(parent), ids.ascii_local(p.surname), c.choice(['courriel.example', 'netmail.example']))
    nurse = c.me(c.choice(['nurse', 'ipsl']))
    m.frm = (nurse['full'], nurse['addr'])
    m.to = [('%s %s' % (parent, p.surname), pmail)]
    m.reply = True
    m.types.update({'patient_name', 'diagnosis', 'medication', 'date_of_birth'})
    age = p.age()
    q = [V.typo(c.L("Bonjour, mon enfant %s (né(e) le %s, %d ans) prend du %s pour son %s depuis 2 semaines. %s Merci! %s" %
                    (p.given + ' ' + p.surname, c.date(p.dob), age, md, dxs,
                     c.choice(["L'école demande un formulaire pour la médication.", "Ça ne va pas mieux, il/elle ne dort pas.",
                               "Est-ce qu'on peut renouveler?"]), parent),
                    "Hi, my child %s (born %s, %d yrs) has been on %s for %s for 2 weeks. %s Thanks! %s" %
                    (p.given + ' ' + p.surname, c.date(p.dob), age, md, dxs,
                     c.choice(['The school wants a medication form.', "Not better, can't sleep.", 'Can we renew?']), parent)), rng, 0.1)]
    if c.chance(0.35):
        q.append('NAM %s' % c.nam(p, True))
        m.types.add('ramq_nam')
    m.subject = c.L('RE: %s' % p.given, 'RE: %s' % p.given)
    ans = c.L('%s\nMerci pour les informations. %s a rempli le formulaire pour l\'école, vous pouvez le récupérer à la réception. '
              'Un rendez-vous de contrôle est prévu dans 4 semaines.' % (V.greet(lang, rng, parent), V.dname(c.doc, lang)),
              '%s\nThanks for the information. %s completed the school form, you can pick it up at the front desk. '
              'A follow-up visit is planned in 4 weeks.' % (V.greet(lang, rng, parent), V.dname(c.doc, lang)))
    m.blocks = [ans, c.sig(nurse), ('quote', c.L('%s a écrit :' % parent, '%s wrote:' % parent), q)]
    m.note = 'parent exchange about child (name, DOB, diagnosis, medication)'
    m.gp = p
    return m


# ------------------------------------------------------------------ 25 everything in the subject
def subject_only(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    key = c.choice(['chlam', 'hiv', 'preg', 'breast', 'aud', 'anemia'])
    lb = V.lab(key, lang, rng)
    m.types.update({'patient_name', 'diagnosis'})
    nurse = c.me('nurse')
    m.frm = (V.dname(c.doc, lang), c.doc_addr())
    m.to = [(nurse['full'], nurse['addr'])]
    if lb:
        m.subject = '%s %s - %s' % (p.surname, p.given, lb)
        m.types.add('lab_result')
        if key in ('chlam', 'hiv', 'preg') or c.chance(0.4):
            m.subject += ' (%s)' % V.dx(key, lang, rng)
        else:
            m.types.discard('diagnosis')
    else:
        m.subject = '%s %s - %s' % (p.surname, p.given, V.dx(key, lang, rng))
    m.blocks = [c.choice([c.L('cf objet, svp rappeler la/le patient(e) aujourd\'hui.', 'see subject, please call the patient today.'),
                          c.L('Voir objet. Merci', 'See subject. Thx'), c.L('À traiter svp', 'Please handle')])]
    m.force_body = c.choice(['plain', 'html'])
    m.note = 'identity and result carried by the subject line only'
    m.gp = p
    return m


# ------------------------------------------------------------------ 26 prenatal follow-up
def prenatal(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    cand = [c.pt(adults=True) for _ in range(6)]
    fem = [x for x in cand if x.sex == 'F' and 18 <= x.age() <= 44]
    p = fem[0] if fem else cand[0]
    ips = c.me('ipsl')
    m.frm = (ips['full'], ips['addr'])
    m.to = [(V.dname(c.doc, lang), c.doc_addr())]
    m.types.update({'patient_name', 'diagnosis', 'lab_result'})
    wk = rng.randrange(14, 34)
    l1, l2 = V.labs('preg', lang, rng, 2)
    m.subject = c.L('Suivi de grossesse - %s' % p.surname, 'Prenatal f/u - %s' % p.surname)
    rows = [[c.L('Âge gestationnel', 'Gestational age'), '%d %s' % (wk, c.L('sem', 'wks'))],
            [c.L('TA', 'BP'), '%d/%d' % (rng.randrange(118, 146), rng.randrange(72, 94))],
            [c.L('Labo', 'Labs'), l1 + '; ' + l2]]
    if c.chance(0.5):
        rows.append(['NAM', c.nam(p)])
        m.types.add('ramq_nam')
    m.blocks = [V.greet(lang, rng, c.doc['given']), c.L('Visite de grossesse de %s aujourd\'hui, un peu inquiète pour le résultat :' % p.full,
                                                        'Saw %s for prenatal today, a bit worried about this result:' % p.full),
                ('table', [c.L('Élément', 'Item'), c.L('Valeur', 'Value')], rows), c.sig(ips)]
    m.note = 'prenatal follow-up values'
    m.gp = p
    return m


# ------------------------------------------------------------------ 27 only the file name reveals
def filename_only(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    key = c.choice(['hiv', 'chlam', 'breast', 'dep', 'aud'])
    sec = c.me('sec')
    m.frm = (sec['full'], sec['addr'])
    m.to = [(V.dname(c.doc, lang), c.doc_addr())]
    m.types.update({'patient_name', 'date_of_birth', 'diagnosis'})
    tag = {'hiv': c.L('VIH_chargevirale', 'HIV_viralload'), 'chlam': c.L('Chlamydia_positif', 'Chlamydia_positive'),
           'breast': c.L('cancer_sein_suivi', 'breast_cancer_fu'), 'dep': c.L('depression_PHQ9', 'depression_PHQ9'),
           'aud': c.L('alcool_sevrage', 'alcohol_withdrawal')}[key]
    fname = '%s_%s_%s_%s.pdf' % (p.surname, p.given, p.dob.isoformat(), tag)
    m.subject = c.L('Document numérisé', 'Scanned document')
    m.blocks = [c.L('Voici le document demandé.', 'Here is the requested document.'), c.sig(sec)]
    m.att(fname, attach.make_pdf(c.L('Document numérisé', 'Scanned document'), ['Page 1/1']), 'application/pdf')
    m.note = 'patient identity and diagnosis only in the attachment file name'
    m.gp = p
    return m


# ------------------------------------------------------------------ 28 HTML portal notification with details
def portal_html(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt()
    key = c.choice(['dm2', 'hypo', 'lipid', 'anemia', 'ckd'])
    lb1 = V.lab(key, lang, rng)
    m.frm = (c.L('Portail patient - ', 'Patient portal - ') + V.clinic_name(c.cl, lang), 'ne-pas-repondre@' + c.dom)
    m.to = [(p.full, ids.personal_email(p, rng))]
    m.force_body = c.choice(['html', 'alt'])
    m.types.update({'patient_name', 'lab_result'})
    m.subject = c.L('Nouveau résultat disponible dans votre dossier', 'New result available in your record')
    rows = [[c.L('Analyse', 'Test'), lb1], [c.L('Commentaire du médecin', "Doctor's comment"),
                                            c.L('Légèrement anormal, on en discutera au prochain rendez-vous.', 'Slightly abnormal, we will discuss at your next visit.')]]
    if c.chance(0.5):
        rows.append(['NAM', c.nam(p)])
        m.types.add('ramq_nam')
    m.blocks = [V.greet(lang, rng, p.full), c.L('Un nouveau résultat a été publié par votre équipe de soins :', 'Your care team published a new result:'),
                ('table', [c.L('Élément', 'Item'), c.L('Détail', 'Detail')], rows),
                c.L('Ceci est un message automatique, ne pas répondre.', 'This is an automated message, do not reply.')]
    m.note = 'portal notification including the result itself'
    m.gp = p
    return m

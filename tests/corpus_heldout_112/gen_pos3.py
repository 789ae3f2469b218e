"""Step 5c: positive builders — social, contact, HTML, ZIP, disguised identifiers, chat-style notes."""
import datetime
import html as _html

from gen_common import (HOSP, OTHER_SITES, HEMAQ_DOM, Person, fmt_name, fmt_mrn, fmt_nam, fmt_date, fmt_sin, born, sexw,
                        title, slug, TOWNS)
from gen_text import (spec, greet, closing, signature, ANTIBODIES, GROUPS, GROUPS_EN, DIAG, SURG, REACTIONS, unit_no, hb,
                      ext_addr)
from gen_attach import make_vcard, make_zip, make_csv, make_pdf, make_ics
from gen_pos1 import _nam_line


# --------------------------------------------------------------------------- 22. SIN + social situation
def sin_social(c, lang):
    w = c.w
    p = w.patient(age_range=(20, 70))
    sin = w.sin()
    sw = w.st('social')
    dest_pool = [('IVAC – Direction de l\'indemnisation', 'dossiers@ivac-like.example'),
                 ('Centre local d\'emploi – Val-des-Brumes', 'cle.valdesbrumes@emploi-solidarite.example'),
                 ('Service Canada – prestations de maladie', 'ae.maladie@servicecanada-like.example')]
    scen = c.rng.randint(0, 2)
    dest = dest_pool[scen]
    T = {'ca_sin', 'patient_name', 'social_information', 'diagnosis'}
    sin_s = fmt_sin(sin, c.r(['space', 'dash', 'plain', 'dots']))
    dfr, den = c.r(DIAG[:4] + DIAG[8:10])
    if lang == 'fr':
        if scen == 0:
            lines = ['Je vous transmets la demande de %s (NAS %s), victime de voies de fait par son conjoint le %s.' % (
                fmt_name(p, 'title', 'fr'), sin_s, fmt_date(c.earlier(10, 40), 'long', 'fr')),
                     'Admis(e) pour lacération hépatique avec hémorragie, 6 culots et 4 plasmas transfusés. Retour à domicile impossible : hébergement en maison d\'aide.']
        elif scen == 1:
            lines = ['%s (NAS %s), prestataire de l\'aide sociale, doit venir chaque semaine pour transfusion (%s).' % (
                fmt_name(p, 'full', 'fr'), sin_s, dfr),
                     'Nous demandons le remboursement de ses frais de transport (elle/il n\'a pas de véhicule et vit seul(e)).'.replace(
                         'elle/il', 'elle' if p.sex == 'F' else 'il').replace('seul(e)', 'seule' if p.sex == 'F' else 'seul')]
        else:
            lines = ['Attestation pour la demande de prestations de maladie de %s, NAS %s.' % (fmt_name(p, 'full', 'fr'), sin_s),
                     'Diagnostic : %s; transfusions aux 2 semaines, arrêt de travail prévu jusqu\'au %s. Situation financière précaire (perte d\'emploi).'
                     % (dfr, fmt_date(c.later(40, 120), 'long', 'fr'))]
        body = [greet(c, 'fr', formal=True), ''] + lines + ['', 'Je demeure disponible pour tout complément.', '', closing(c, 'fr'), signature(c, sw, 'fr', 'full')]
        subj = c.r(['Demande – %s' % fmt_name(p, 'comma', 'fr'), 'Transmission de formulaire', 'Dossier de votre prestataire'])
    else:
        if scen == 0:
            lines = ['Forwarding the application of %s (SIN %s), assaulted by a partner on %s.' % (
                fmt_name(p, 'title', 'en'), sin_s, fmt_date(c.earlier(10, 40), 'long', 'en')),
                     'Admitted with a liver laceration and haemorrhage, received 6 red cell units. Now staying at a women\'s shelter.' if p.sex == 'F'
                     else 'Admitted with a liver laceration and haemorrhage, received 6 red cell units. Cannot return home; temporary housing arranged.']
        elif scen == 1:
            lines = ['%s (SIN %s) is on social assistance and must attend weekly transfusions for %s.' % (fmt_name(p, 'full', 'en'), sin_s, den),
                     'We request reimbursement of transport costs; lives alone, no car.']
        else:
            lines = ['Medical certificate for the sickness benefit claim of %s, SIN %s.' % (fmt_name(p, 'full', 'en'), sin_s),
                     'Diagnosis: %s; transfusions every 2 weeks, off work until %s. Lost job, financial hardship.' % (den, fmt_date(c.later(40, 120), 'long', 'en'))]
        body = [greet(c, 'en'), ''] + lines + ['', closing(c, 'en'), signature(c, sw, 'en', 'full')]
        subj = c.r(['Application – %s' % fmt_name(p, 'comma', 'en'), 'Form transmission'])
    return spec(c, lang, sw, dest, subj, '\n'.join(body), T, 'social worker letter with SIN and social situation', ids={'sin': [sin]})


# --------------------------------------------------------------------------- 23. youth protection
def youth_protection(c, lang):
    w = c.w
    p = w.holder(max_age=17, min_age=2)
    sw = w.st('social')
    hem = w.st('hemato')
    T = {'patient_name', 'social_information', 'diagnosis', 'date_of_birth'}
    dfr, den = c.r([('leucémie lymphoblastique aiguë', 'acute lymphoblastic leukaemia'), ('anémie aplasique', 'aplastic anaemia'),
                    ('hémorragie post-amygdalectomie', 'post-tonsillectomy haemorrhage')])
    nam = ''
    if c.chance(0.5):
        nam = fmt_nam(p.nam, c.r(['plain', 'space']))
        T.add('ramq_nam')
    if lang == 'fr':
        body = [greet(c, 'fr', hem.dr + ' ' + hem.surname), '',
                'Suivi du signalement à la DPJ pour %s (%s le %s%s).' % (p.full, born(p, 'fr'), fmt_date(p.dob, 'dmy'), (', NAM ' + nam) if nam else ''),
                'Les parents refusent les transfusions pour motif religieux. L\'enfant est traité(e) pour %s; Hb %d g/L ce matin.' % (dfr, hb(c, 55, 70)),
                'La DPJ a obtenu une ordonnance provisoire de la Chambre de la jeunesse autorisant les transfusions pour 30 jours. '
                'L\'intervenante, Mme %s, souhaite être avisée avant chaque transfusion.' % c.r(['Bastien', 'Lortie', 'Gravel']),
                '', closing(c, 'fr'), signature(c, sw, 'fr', 'full')]
        subj = c.r(['DPJ – ordonnance de transfusion', 'Signalement DPJ : suivi', 'Autorisation du tribunal – transfusion'])
    else:
        body = [greet(c, 'en', 'Dr. ' + hem.surname), '',
                'Follow-up on the youth protection (DPJ) report for %s (DOB %s%s).' % (p.full, fmt_date(p.dob, 'iso'), (', RAMQ ' + nam) if nam else ''),
                'The parents refuse transfusion on religious grounds. The child is being treated for %s; Hb %d g/L this morning.' % (den, hb(c, 55, 70)),
                'DPJ obtained a provisional court order authorising transfusions for 30 days; the caseworker wants to be notified before each one.',
                '', closing(c, 'en'), signature(c, sw, 'en', 'full')]
        subj = c.r(['Youth protection – transfusion order', 'DPJ follow-up'])
    T.add('lab_result')
    return spec(c, lang, sw, hem, subj, '\n'.join(body), T, 'minor under youth protection, court-ordered transfusion')


# --------------------------------------------------------------------------- 24. vCard for callback
def vcard_callback(c, lang):
    w = c.w
    p = w.patient()
    snd = w.st(c.r(['clerk', 'tech', 'pbm']))
    rcv = w.st(c.r(['nurse', 'pbm', 'cst']))
    street, rest = p.address.split(', ', 1)[0] + ', ' + p.address.split(', ')[1], p.address.split(', ')[2:]
    town = rest[0].replace(' (Québec) ', '|').split('|')[0]
    pc = rest[0].split(') ')[-1]
    T = {'patient_name', 'patient_contact'}
    ab = c.r(ANTIBODIES)
    note = ('À rappeler : %s identifié, carte à poster' % ab) if lang == 'fr' else ('Call back: %s identified, mail card' % ab)
    if c.chance(0.6):
        T.add('lab_result')
        vnote = note
    else:
        vnote = None
    vc = make_vcard(p.given, p.surname, tel=p.phone, adr=(street, town, pc), note=vnote, version=c.r(['3.0', '4.0']))
    if lang == 'fr':
        txt = c.r(['Voici la fiche %s à rappeler pour son résultat de dépistage d\'anticorps.' % ('de la patiente' if p.sex == 'F' else 'du patient'),
                   'Coordonnées ci-jointes; il faut lui expliquer son anticorps et lui envoyer la carte.',
                   'Fiche contact jointe pour le rappel de demain.'])
        if 'anticorps' not in txt and vnote is None:
            txt += ' C\'est pour la perfusion de fer reportée.'
            T.add('medication')
        body = '%s\n\n%s\n\n%s' % (greet(c, 'fr', rcv.given), txt, signature(c, snd, 'fr', 'short'))
        subj = c.r(['Rappel patient', 'Coordonnées', 'À rappeler demain'])
    else:
        txt = c.r(['Contact card for the patient who needs a call about %s antibody screen result.' % ('her' if p.sex == 'F' else 'his'),
                   'Attached are the details; please explain the antibody and send the wallet card.',
                   'Contact attached for tomorrow\'s callback.'])
        if 'antibody' not in txt and vnote is None:
            txt += ' It is about the postponed iron infusion.'
            T.add('medication')
        body = '%s\n\n%s\n\n%s' % (greet(c, 'en', rcv.given), txt, signature(c, snd, 'en', 'short'))
        subj = c.r(['Patient callback', 'Contact details'])
    if 'anticorps' in body or 'antibody' in body:
        T.add('lab_result')
    fn = '%s %s.vcf' % (p.given, p.surname) if c.chance(0.7) else 'contact.vcf'
    return spec(c, lang, snd, rcv, subj, body, T, 'vCard of a patient with home phone/address for a care callback',
                attachments=[dict(filename=fn, ctype='text/vcard', text=vc, charset='utf-8', cte=c.r(['quoted-printable', 'base64', '8bit']))])


# --------------------------------------------------------------------------- 25. massive transfusion debrief
def mtp_debrief(c, lang):
    w = c.w
    p = w.patient(age_range=(17, 80))
    cst = w.st('cst')
    team = [w.st('hemato'), w.st('anesth'), w.st('chieftech')]
    T = {'mrn', 'diagnosis', 'medication'}
    ini = '%s.%s.' % (p.given[0], p.surname[0])
    d = c.earlier(2, 14)
    cg, pc, pl, cryo = c.rng.randint(8, 30), c.rng.randint(4, 20), c.rng.randint(1, 4), c.rng.randint(0, 3)
    mrn = fmt_mrn(p.mrn, c.r(['plain', 'h', 'sp']))
    ev = c.r([('polytraumatisme (accident de VTT)', 'polytrauma (ATV crash)'), ('rupture d\'anévrisme de l\'aorte abdominale', 'ruptured AAA'),
              ('hémorragie du post-partum sur atonie', 'postpartum haemorrhage (atony)'), ('plaie par arme blanche au thorax', 'stab wound to the chest')])
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'Rencontre de débreffage du protocole de transfusion massive du %s :' % fmt_date(d, 'long', 'fr'),
                'Patient(e) %s, dossier %s — %s.' % (ini, mrn, ev[0]),
                'Produits : %d CG, %d PC, %d plaquettes, %d pools de cryo. Acide tranexamique 1 g reçu %d min après l\'arrivée.' % (cg, pc, pl, cryo, c.rng.randint(12, 70)),
                'Fibrinogène le plus bas : %.1f g/L; Hb nadir %d g/L.' % (0.6 + c.rng.randint(0, 10) / 10, hb(c, 38, 60)),
                'Points à discuter : délai d\'activation, communication avec le bloc, retour des glacières.', '', signature(c, cst, 'fr')]
        subj = c.r(['Débreffage PTM – %s' % fmt_date(d, 'dmy'), 'Retour sur l\'activation du PTM'])
    else:
        body = [greet(c, 'en'), '', 'MTP debrief for the activation on %s:' % fmt_date(d, 'long', 'en'), 'Patient %s, MRN %s — %s.' % (ini, mrn, ev[1]),
                'Products: %d RBC, %d FP, %d platelets, %d cryo pools. TXA 1 g given %d min after arrival.' % (cg, pc, pl, cryo, c.rng.randint(12, 70)),
                'Lowest fibrinogen %.1f g/L; Hb nadir %d g/L.' % (0.6 + c.rng.randint(0, 10) / 10, hb(c, 38, 60)),
                'To discuss: activation delay, OR communication, cooler returns.', '', signature(c, cst, 'en')]
        subj = 'MTP debrief – %s' % fmt_date(d, 'iso')
    T.add('lab_result')
    return spec(c, lang, cst, team, subj, '\n'.join(body), T, 'MTP debrief with initials + MRN and clinical course')


# --------------------------------------------------------------------------- 26. GP follow-up on iron / Hb
def gp_followup(c, lang):
    w = c.w
    p = w.holder(min_age=25) if c.chance(0.4) else w.patient(age_range=(30, 85))
    gp = w.st('gp')
    site = c.r(OTHER_SITES[3:])
    pbm = w.st('pbm')
    T = {'patient_name', 'lab_result', 'medication'}
    h0, h1 = hb(c, 85, 105), hb(c, 112, 135)
    f1 = c.rng.randint(60, 300)
    nm = fmt_name(p, c.r(['title', 'full', 'init', 'comma']), lang)
    extra = ''
    if p.nam and c.chance(0.5):
        extra = _nam_line(c, p, lang, T)
    if lang == 'fr':
        body = [greet(c, 'fr', pbm.given), '', 'Petit suivi pour %s, vu(e) à votre clinique de gestion du sang en %s.' % (nm, c.r(['octobre', 'novembre', 'janvier', 'février'])),
                'Après le Ferinject, l\'Hb est passée de %d à %d g/L et la ferritine est à %d µg/L.' % (h0, h1, f1)]
        if extra:
            body.append(extra)
        body += ['La chirurgie a été faite sans transfusion. Je cesse le fer oral. Bravo à votre équipe!', '', closing(c, 'fr'),
                 '%s %s %s\n%s' % (gp.dr, gp.given, gp.surname, site[0])]
        subj = c.r(['Suivi fer IV', 'Résultats de contrôle', 'Re: clinique GSP'])
    else:
        body = [greet(c, 'en', pbm.given), '', 'Quick follow-up on %s, seen at your PBM clinic.' % nm,
                'After IV iron the Hb went from %d to %d g/L; ferritin now %d ug/L.' % (h0, h1, f1)]
        if extra:
            body.append(extra)
        body += ['Surgery done with no transfusion. Stopping oral iron. Thanks to your team!', '', closing(c, 'en'),
                 'Dr. %s %s\n%s' % (gp.given, gp.surname, site[0])]
        subj = c.r(['IV iron follow-up', 'Follow-up results'])
    return spec(c, lang, ('%s %s %s' % (gp.dr, gp.given, gp.surname), ext_addr(gp, site[1])), pbm, subj, '\n'.join(body), T,
                'family physician follow-up with Hb/ferritin after IV iron')


# --------------------------------------------------------------------------- 27. newborn DAT
def newborn_dat(c, lang):
    w = c.w
    mom = w.patient(sex='F', age_range=(19, 41))
    tech = w.st('tech')
    ped = w.st(c.r(['resident', 'obgyn']))
    bdate = c.earlier(0, 2)
    sexb = c.r(['F', 'M'])
    T = {'patient_name', 'lab_result', 'diagnosis', 'date_of_birth'}
    ab = c.r(['anti-c', 'anti-K', 'anti-E', 'anti-D', 'ABO (mère O, bébé A)'])
    if lang == 'fr':
        bb = 'Bébé %s %s' % ('fille' if sexb == 'F' else 'garçon', mom.surname)
        body = [greet(c, 'fr', ped.given), '', '%s, %s le %s à %s, mère : %s (dossier %s).' % (
            bb, 'née' if sexb == 'F' else 'né', fmt_date(bdate, 'dmy'), c.r(['03h12', '14h47', '22h05']), mom.full, mom.mrn),
                'TCD du cordon positif (IgG 3+), %s chez la mère. Bilirubine à %d µmol/L à 6 h de vie.' % (ab, c.rng.randint(90, 210)),
                'Maladie hémolytique du nouveau-né probable. Nous avons réservé 1 culot O négatif irradié, CMV-sécuritaire, pour exsanguino au besoin.',
                '', signature(c, tech, 'fr')]
        subj = c.r(['TCD positif – nouveau-né', 'MHNN : %s' % bb, 'Résultat cordon'])
    else:
        bb = 'Baby %s %s' % ('girl' if sexb == 'F' else 'boy', mom.surname)
        body = [greet(c, 'en', ped.given), '', '%s, born %s, mother %s (MRN %s).' % (bb, fmt_date(bdate, 'iso'), mom.full, mom.mrn),
                'Cord DAT positive (IgG 3+), maternal %s. Bilirubin %d umol/L at 6 h.' % (ab, c.rng.randint(90, 210)),
                'Probable haemolytic disease of the newborn; 1 irradiated O neg unit reserved for exchange if needed.', '', signature(c, tech, 'en')]
        subj = c.r(['Positive cord DAT', 'HDFN – %s' % bb])
    T.add('mrn')
    return spec(c, lang, tech, ped, subj, '\n'.join(body), T, 'newborn with positive DAT; mother named')


# --------------------------------------------------------------------------- 28. transport booking
def transport_booking(c, lang):
    w = c.w
    p = w.holder(min_age=50) if c.chance(0.4) else w.patient(age_range=(55, 92))
    clerk = w.st('clerk')
    dest = ('Transport adapté / Centrale de répartition', 'reservations@transport-hautriviere.example')
    d = c.later(2, 12)
    T = {'patient_name', 'patient_contact', 'diagnosis'}
    dfr, den = c.r([DIAG[2], DIAG[8], DIAG[9], DIAG[10]])
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'Merci de réserver un transport (fauteuil roulant) pour :',
                'Nom : %s' % fmt_name(p, 'upper', 'fr'), 'Adresse : %s' % p.address, 'Téléphone : %s' % p.phone,
                'Rendez-vous : hôpital de jour, %s à 8h00 — transfusion (%s), durée environ 4 h.' % (fmt_date(d, 'long', 'fr'), dfr),
                'Retour vers 12h30. Oxygène portatif 2 L.', '', closing(c, 'fr'), signature(c, clerk, 'fr')]
        subj = c.r(['Réservation transport – %s' % fmt_date(d, 'dmy'), 'Transport adapté pour transfusion'])
    else:
        body = [greet(c, 'en'), '', 'Please book wheelchair transport for:', 'Name: %s' % fmt_name(p, 'full', 'en'), 'Address: %s' % p.address,
                'Phone: %s' % p.phone, 'Appointment: day hospital, %s at 8:00 — transfusion (%s), about 4 hours.' % (fmt_date(d, 'long', 'en'), den),
                'Return around 12:30.', '', closing(c, 'en'), signature(c, clerk, 'en')]
        subj = 'Transport booking – %s' % fmt_date(d, 'iso')
    if p.nam and c.chance(0.5):
        body.insert(4, _nam_line(c, p, lang, T))
    return spec(c, lang, clerk, dest, subj, '\n'.join(body), T, 'transport booking with home address and phone')


# --------------------------------------------------------------------------- 29. pharmacy question, HTML only
def pharmacy_html(c, lang):
    w = c.w
    p = w.patient(age_range=(55, 94))
    ph = w.st('pharm')
    hem = w.st(c.r(['hemato', 'hemato2']))
    T = {'patient_name', 'medication', 'lab_result', 'mrn'}
    inr = 2.4 + c.rng.randint(0, 60) / 10
    kg = c.rng.randint(50, 110)
    anticoag = c.r(['warfarine', 'warfarine (Coumadin)', 'warfarine 5 mg DIE'])
    if lang == 'fr':
        rows = [('Patient', fmt_name(p, 'upper', 'fr')), ('Dossier', p.mrn), ('Poids', '%d kg' % kg), ('Anticoagulant', anticoag),
                ('INR', ('%.1f' % inr).replace('.', ',')), ('Indication', c.r(['hémorragie intracrânienne', 'chirurgie urgente (cholécystite)', 'saignement digestif'])),
                ('Proposé', 'Octaplex %d UI + vitamine K 10 mg IV' % (c.r([1000, 1500, 2000, 3000])))]
        intro = 'Bonjour %s %s,' % (hem.dr, hem.surname)
        q = 'Pouvez-vous valider la dose de concentré de complexe prothrombique? La banque de sang attend votre accord pour libérer.'
        subj = c.r(['Validation dose Octaplex', 'Question pharmacie – renversement', 'CCP urgent'])
    else:
        rows = [('Patient', fmt_name(p, 'full', 'en')), ('MRN', p.mrn), ('Weight', '%d kg' % kg), ('Anticoagulant', anticoag.replace('warfarine', 'warfarin')),
                ('INR', '%.1f' % inr), ('Indication', c.r(['intracranial haemorrhage', 'urgent surgery', 'GI bleed'])),
                ('Proposed', 'Octaplex %d IU + vitamin K 10 mg IV' % c.r([1000, 1500, 2000, 3000]))]
        intro = 'Hi Dr. %s,' % hem.surname
        q = 'Can you confirm the PCC dose? Blood bank is waiting for your approval to issue.'
        subj = c.r(['PCC dose check', 'Pharmacy question – reversal'])
    if any('hémorragie' in v or 'saignement' in v or 'haemorrhage' in v or 'bleed' in v or 'chol' in v or 'surgery' in v for _, v in rows):
        T.add('diagnosis')
    trs = '\n'.join('<tr><td style="border:1px solid #999;padding:3px"><b>%s</b></td><td style="border:1px solid #999;padding:3px">%s</td></tr>'
                    % (_html.escape(k), _html.escape(v)) for k, v in rows)
    sig = _html.escape(signature(c, ph, lang, 'full', disclaimer=False)).replace('\n', '<br>\n')
    htm = ('<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,sans-serif;font-size:10pt">\n<p>%s</p>\n<p>%s</p>\n'
           '<table style="border-collapse:collapse">\n%s\n</table>\n<p>%s</p>\n<p>%s</p>\n</body></html>\n'
           % (_html.escape(intro), _html.escape(q), trs, _html.escape(closing(c, lang)), sig))
    return spec(c, lang, ph, hem, subj, None, T, 'HTML-only pharmacy question with INR and PCC dose', html=htm)


# --------------------------------------------------------------------------- 30. ZIP of pending work-ups
def zip_workups(c, lang):
    w = c.w
    tech = w.st('chieftech')
    rcv = w.st(c.r(['hemato', 'manager']))
    T = {'patient_name', 'mrn', 'lab_result'}
    rows = [['dossier', 'nom', 'prenom', 'analyse', 'statut'] if lang == 'fr' else ['mrn', 'surname', 'given', 'test', 'status']]
    pts = []
    for _ in range(c.rng.randint(5, 10)):
        p = w.patient()
        pts.append(p)
        rows.append([p.mrn, p.surname, p.given, c.r(['RAI', 'TCD', 'élution', 'phénotype', 'génotypage']) if lang == 'fr' else c.r(['screen', 'DAT', 'eluate', 'phenotype']),
                     c.r(['positif – identification en cours', 'envoyé LRI', 'à reprendre', '%s confirmé' % c.r(ANTIBODIES)]) if lang == 'fr'
                     else c.r(['positive – ID pending', 'sent to reference lab', 'repeat', '%s confirmed' % c.r(ANTIBODIES)])])
    csv = make_csv(rows, ';').encode('utf-8')
    plines = ['%s %s (%s) : %s' % (r[2], r[1], r[0], r[4]) for r in rows[1:]]
    pdf = make_pdf('Investigations en attente' if lang == 'fr' else 'Pending investigations', plines, author=tech.full, compress=True)
    members = [('en_attente.csv' if lang == 'fr' else 'pending.csv', csv), ('liste.pdf' if lang == 'fr' else 'list.pdf', pdf)]
    if c.chance(0.5):
        members.append(('LISEZMOI.txt' if lang == 'fr' else 'README.txt', ('Export automatique du SIL, %s\n' % c.day.isoformat()).encode('utf-8')))
    z = make_zip(members)
    if lang == 'fr':
        body = '%s\n\nComme demandé, les investigations immunohématologiques en attente (archive jointe).\n\n%s' % (greet(c, 'fr', rcv.given), signature(c, tech, 'fr'))
        subj = c.r(['Investigations en attente', 'Liste hebdo – en attente'])
        fn = c.r(['en_attente_%s.zip' % c.day.strftime('%Y%m%d'), 'export.zip'])
    else:
        body = '%s\n\nAs requested, pending immunohaematology work-ups (zip attached).\n\n%s' % (greet(c, 'en', rcv.given), signature(c, tech, 'en'))
        subj = c.r(['Pending work-ups', 'Weekly pending list'])
        fn = c.r(['pending_%s.zip' % c.day.strftime('%Y%m%d'), 'export.zip'])
    return spec(c, lang, tech, rcv, subj, body, T, 'ZIP with CSV and PDF of named pending work-ups',
                attachments=[dict(filename=fn, ctype=c.r(['application/zip', 'application/x-zip-compressed']), data=z)])


# --------------------------------------------------------------------------- 31. disguised NAM in a short note
def nam_disguised(c, lang):
    w = c.w
    p = w.holder()
    snd = w.st(c.r(['tech', 'nurse', 'resident', 'archivist']))
    rcv = w.st(c.r(['tech', 'chieftech', 'cst']))
    T = {'ramq_nam'}
    style = c.r(['wide', 'widesp', 'odd', 'slash', 'lower', 'dots', 'space'])
    nam = fmt_nam(p.nam, style)
    scen = c.rng.randint(0, 2)
    if lang == 'fr':
        if scen == 0:
            txt = 'Peux-tu vérifier l\'historique transfusionnel pour le %s ? %s dit avoir fait une réaction en 2019 (urticaire) à Val-des-Érables.' % (
                nam, 'Elle' if p.sex == 'F' else 'Il')
            T.add('diagnosis')
        elif scen == 1:
            txt = 'NAM %s — groupe %s, RAI positive anti-%s. Pas de dossier chez nous, vient de l\'extérieur.' % (nam, c.r(GROUPS), c.r(['K', 'E', 'Jka']))
            T.add('lab_result')
        else:
            txt = 'Pour info : %s, Hb %d ce matin, on monte 1 culot. Usager du %s.' % (nam, hb(c), c.r(['4B', '6 Nord', 'CHSLD']))
            T.add('lab_result')
        subj = c.r(['historique?', 'vérif', 'Patient externe', 'info', '?'])
    else:
        if scen == 0:
            txt = 'Can you check transfusion history for %s? Says %s had a reaction in 2019 (hives) at Val-des-Erables.' % (nam, 'she' if p.sex == 'F' else 'he')
            T.add('diagnosis')
        elif scen == 1:
            txt = 'RAMQ %s — group %s, screen positive anti-%s. No chart here, outside patient.' % (nam, c.r(GROUPS_EN), c.r(['K', 'E', 'Jka']))
            T.add('lab_result')
        else:
            txt = 'FYI: %s, Hb %d this morning, sending 1 unit up.' % (nam, hb(c))
            T.add('lab_result')
        subj = c.r(['history?', 'check', 'outside patient', 'fyi'])
    body = '%s\n\n%s' % (txt, signature(c, snd, lang, c.r(['short', 'initials', 'mobile']), disclaimer=False))
    return spec(c, lang, snd, rcv, subj, body, T, 'short note with a disguised NAM (%s)' % style)


# --------------------------------------------------------------------------- 32. lower-case chat-like note
def lowercase_chat(c, lang):
    w = c.w
    p = w.holder(min_age=18) if c.chance(0.5) else w.patient()
    snd = w.st(c.r(['nurse', 'resident']))
    rcv = w.st(c.r(['tech', 'cst']))
    T = {'patient_name', 'diagnosis'}
    nm = fmt_name(p, c.r(['lower', 'lowerfull']), lang)
    if lang == 'fr':
        txt = c.r(['%s ch %d frissons + 38.9 pendant le 2e culot, j\'ai arrêté. on renvoie le sac?' % (nm, c.rng.randint(401, 660)),
                   '%s en 5a a fait de l\'urticaire avec les plaquettes, benadryl donné. à déclarer?' % nm,
                   'ok pour %s, son cancer du colon saigne encore, hb 71, le dr veut 2 culots ce soir' % nm])
        if 'hb' in txt:
            T.add('lab_result')
        if 'benadryl' in txt:
            T.add('medication')
        if '38.9' in txt:
            T.add('lab_result')
        subj = c.r(['réaction?', 'urgent', 'ch ' + str(c.rng.randint(401, 660)), 'sac'])
    else:
        txt = c.r(['%s rm %d rigors + 38.9 during 2nd unit, stopped it. send bag back?' % (nm, c.rng.randint(401, 660)),
                   '%s on 5a got hives with the platelets, benadryl given. report it?' % nm,
                   'ok for %s, colon ca still bleeding, hb 71, md wants 2 units tonight' % nm])
        if 'hb' in txt:
            T.add('lab_result')
        if 'benadryl' in txt:
            T.add('medication')
        if '38.9' in txt:
            T.add('lab_result')
        subj = c.r(['reaction?', 'urgent', 'bag'])
    body = txt + '\n\n' + signature(c, snd, lang, 'mobile', disclaimer=False)
    return spec(c, lang, snd, rcv, subj, body, T, 'lower-case surname-first note from a phone')


BUILDERS = [
    ('sin_social', sin_social, 4, 0.5),
    ('youth_protection', youth_protection, 3, 0.67),
    ('vcard_callback', vcard_callback, 3, 0.67),
    ('mtp_debrief', mtp_debrief, 3, 0.67),
    ('gp_followup', gp_followup, 4, 0.5),
    ('newborn_dat', newborn_dat, 3, 0.67),
    ('transport_booking', transport_booking, 3, 0.67),
    ('pharmacy_html', pharmacy_html, 3, 0.67),
    ('zip_workups', zip_workups, 3, 0.67),
    ('nam_disguised', nam_disguised, 4, 0.5),
    ('lowercase_chat', lowercase_chat, 3, 0.67),
]

"""Positive scenarios, part A: patients, insurers, lawyers, courts, coroners, government benefits."""
import datetime

import gen_clin as K
import gen_common as C
import gen_docs as D
from gen_thread import BOX


def _ep(ctx, p=None):
    ctx.f.add('diagnosis')
    return K.episode(ctx.rng, ctx.lang, p, ctx.date.year)


def _site(ctx):
    s = ctx.rng.choice(C.SITES[:3])
    if not ctx.fr:
        return 'at ' + s['en']
    return ('au ' if s['fr'].startswith('CLSC') else 'à l\'') + s['fr']


# ----------------------------------------------------------------------------
def access_request(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.any_pt(0.55, 'adult')
    ep = _ep(ctx, p)
    when = ctx.past(90, 1100)
    why = r.choice([t('pour mon assureur', 'for my insurance company'),
                    t('pour mon nouveau médecin de famille', 'for my new family doctor'),
                    t('pour mes dossiers personnels', 'for my own records'),
                    t('parce que je déménage en Ontario', 'because I am moving out of province'),
                    t('à la demande de mon avocat', 'because my lawyer asked for it')])
    month = (C.MONTHS_FR if ctx.fr else C.MONTHS_EN)[when.month - 1] + ' ' + str(when.year)
    v = r.randrange(3)
    L = [ctx.hello()]
    if ctx.fr:
        L.append('Je voudrais obtenir une copie de mon dossier médical pour les soins reçus %s en %s (%s), %s.'
                 % (_site(ctx), month, ep, why))
    else:
        L.append('I would like to get a copy of my medical records for the care I received %s in %s (%s), %s.'
                 % (_site(ctx), month, ep, why))
    atts = []
    if p.nam and v != 2:
        v = 0
    if v == 0:
        L.append(t('Voici mes informations :', 'Here is my information:'))
        L.append(f.ident_block(p))
        L.append(t('Adresse : ', 'Address: ') + f.addr(p))
        L.append(t('Téléphone : ', 'Phone: ') + f.phone(p))
        L.append('')
        L.append(t('J\'aimerais recevoir les documents par la poste si possible. Le formulaire signé est en pièce jointe.',
                   'I would prefer to receive them by mail. The signed form is attached.'))
        if r.random() < 0.35:
            f.add('social_information')
            L.append(r.choice([t('Je suis hébergée temporairement chez ma sœur depuis ma séparation, c\'est pourquoi l\'adresse a changé.',
                                 'I am staying with my sister since my separation, which is why the address changed.'),
                               t('Je suis sur l\'aide sociale, est-ce que les frais peuvent être annulés?', 'I am on social assistance; can the fees be waived?')]))
    elif v == 1:
        who = f.name(p, 'full')
        L.append(t('Je m\'appelle %s, je suis né%s le %s. On peut me joindre au %s.'
                   % (who, 'e' if p.sex == 'F' else '', f.dob(p, 'long'), f.phone(p)),
                   'My name is %s, born %s. You can reach me at %s.' % (who, f.dob(p, 'long'), f.phone(p))))
        L.append(t('Est-ce qu\'il y a des frais? Merci de me dire comment procéder.',
                   'Are there any fees? Please let me know how to proceed.'))
    else:
        L.append(t('Je vous envoie le formulaire d\'autorisation rempli et une copie de ma carte d\'assurance maladie.',
                   'I am sending the completed authorization form and a copy of my health card.'))
    L.append('')
    L.append(ctx.bye())
    if v != 1:
        L.append(f.name(p, r.choice(['lower', 'full', 'given'])) if v == 0 else f.name(p, 'full'))
    if v != 1 or r.random() < 0.5:
        fn = t('formulaire_acces_', 'access_form_') + f.name(p, 'fname') + '.pdf'
        lines = ['## ' + t('Demande d\'accès au dossier de l\'usager', 'Request for access to a patient record'),
                 f.ident_block(p).replace('\n', '   '), t('Adresse : ', 'Address: ') + f.addr(p),
                 t('Documents demandés : ', 'Documents requested: ') + ep + ' (' + month + ')',
                 t('Signature de l\'usager : ________________   Date : ', 'Signature: ________________   Date: ')
                 + ctx.date.date().isoformat()]
        atts.append(dict(kind='pdf', filename=fn, ctype='application/pdf',
                         data=D.pdf(t('Formulaire DSP-112', 'Form DSP-112'), lines), rfc2231=r.random() < 0.3))
    subj = r.choice([t('Demande de copie de dossier', 'Request for copy of medical records'),
                     t('demande dossier médical', 'medical records request'),
                     t('Accès à mon dossier', 'Access to my file')])
    if r.random() < 0.3:
        subj += ' - ' + f.name(p, 'full')
    disp = r.choice([p.full(), p.full().lower(), ''])
    return dict(category='access_request', note=t('patient asks for a copy of own record', 'patient asks for a copy of own record'),
                frm=(disp, p.email), to=[BOX['acces'] if ctx.fr else BOX['roi_en']], subject=subj,
                text='\n'.join(L), attachments=atts)


# ----------------------------------------------------------------------------
def access_reply(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.any_pt(0.35, 'adult')
    s = ctx.staff()
    no = C.req_no(r, ctx.date.year)
    ep = _ep(ctx, p)
    adm = ctx.past(120, 900)
    fee = '%d,%02d $' % (r.randrange(8, 60), r.choice([0, 25, 50, 75]))
    sal = f.name(p, 'titlesur')
    docs = [t('Résumé de dossier (sommaire d\'hospitalisation)', 'Discharge summary'),
            t('Notes d\'évolution médicales', 'Physician progress notes'),
            t('Résultats de laboratoire', 'Laboratory results'), t('Rapports d\'imagerie', 'Imaging reports')]
    docs = r.sample(docs, r.randrange(2, 5))
    L = [(t('Bonjour ', 'Dear ') + sal + ','), '']
    if ctx.fr:
        L.append('Nous donnons suite à votre demande d\'accès n° %s. Vous trouverez ci-joint la copie des documents '
                 'relatifs à l\'épisode suivant : %s (admission du %s) :' % (no, ep, ctx.d(adm)))
    else:
        L.append('Further to your access request no. %s, please find attached a copy of the documents related to '
                 'the following episode: %s (admission of %s):' % (no, ep, ctx.d(adm)))
    L += ['- ' + x for x in docs]
    L.append('')
    if r.random() < 0.5:
        L.append(t('Pour des raisons de sécurité, le fichier est protégé ; le mot de passe vous sera communiqué au %s.'
                   % f.phone(p), 'For security reasons the file is protected; the password will be given to you by phone at %s.'
                   % f.phone(p)))
    L.append(t('Des frais de reproduction de %s s\'appliquent (facture jointe).' % fee,
               'A copying fee of %s applies (invoice attached).' % fee.replace(',', '.').replace(' $', '').join(['$', ''])))
    L += ['', ctx.bye(), ctx.sig(s)]
    letter = ['## ' + C.ORG_FR, C.SITES[0]['addr'] + ', ' + C.SITES[0]['city'], '',
              f.name(p, 'title'), f.addr(p), '',
              t('Objet : demande d\'accès %s – dossier %s' % (no, f.mrn(p, 'plain')),
                'Re: access request %s – chart %s' % (no, f.mrn(p, 'plain'))),
              '', t('Documents transmis : ', 'Documents released: ') + '; '.join(docs),
              t('Épisode : ', 'Episode: ') + ep + ' – ' + ctx.d(adm, 'iso'), '',
              t('Archiviste médicale responsable : ', 'Releasing archivist: ') + C.person_name(s)]
    fn = r.choice(['%s_%s.pdf' % (no, f.name(p, 'fname')), t('lettre_réponse_%s.pdf', 'cover_letter_%s.pdf') % no])
    atts = [dict(kind='pdf', filename=fn, ctype='application/pdf', data=D.pdf(t('Lettre d\'envoi', 'Cover letter'), letter))]
    subj = r.choice([t('Votre demande d\'accès %s', 'Your access request %s') % no,
                     t('Copie de dossier – demande %s', 'Copy of records – request %s') % no])
    return dict(category='access_reply', note='archives releases records to patient', frm=C.addr_of(s),
                to=[('', p.email)], subject=subj, text='\n'.join(L), attachments=atts)


# ----------------------------------------------------------------------------
def insurer_request(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    ins = r.choice([i for i in C.INSURERS if i['lang'] == ctx.lang])
    p = ctx.any_pt(0.0, 'adult')
    claim = '%d-%03d-%02d' % (r.randrange(1000, 9999), r.randrange(1000), r.randrange(100))
    adj_g, adj_s = r.choice([('Marie-Claude', 'Aubin'), ('Steve', 'Lapalme'), ('Janet', 'Wexler'), ('Daniel', 'Ross-Ito')])
    ep = _ep(ctx, p)
    start = ctx.past(200, 700)
    L = [ctx.hello(), '']
    nm = f.name(p, r.choice(['upper', 'title', 'full']))
    if ctx.fr:
        L.append('Dans le cadre de l\'étude d\'une réclamation en assurance salaire, nous vous demandons de nous '
                 'transmettre une copie des notes cliniques, rapports de consultation et résultats d\'examens de '
                 'notre assuré(e) pour la période du %s à ce jour.' % ctx.d(start))
        L += ['', 'Assuré(e) : ' + nm, 'Date de naissance : ' + f.dob(p), 'NAS : ' + f.sin(p),
              'N° de réclamation : ' + claim, 'Motif de l\'arrêt de travail déclaré : ' + ep]
        L += ['', 'L\'autorisation signée par l\'assuré(e) est jointe. Les frais raisonnables seront remboursés sur '
              'réception de votre facture.']
    else:
        L.append('We are assessing a long-term disability claim and request copies of clinical notes, consultation '
                 'reports and test results for our insured from %s to date.' % ctx.d(start))
        L += ['', 'Insured: ' + nm, 'DOB: ' + f.dob(p), 'SIN: ' + f.sin(p), 'Claim no.: ' + claim,
              'Reported reason for absence: ' + ep]
        L += ['', 'A signed authorization is attached. Reasonable copying fees will be reimbursed upon invoice.']
    if r.random() < 0.4:
        L.append(t('Médication déclarée : ', 'Reported medication: ') + K.med(r, ctx.lang, p, ctx.date.year))
        f.add('medication')
    L += ['', ctx.bye(), adj_g + ' ' + adj_s, t('Analyste principal(e), ', 'Senior Claims Analyst, ') + ins['dept'],
          ins['name'], t('Tél. : 1 800 555-01%02d, poste %d', 'Tel. 1-800-555-01%02d ext. %d') % (r.randrange(100), r.randrange(200, 999))]
    auth = ['## ' + t('AUTORISATION DE COMMUNIQUER DES RENSEIGNEMENTS', 'AUTHORIZATION TO RELEASE INFORMATION'),
            t('Je soussigné(e) ', 'I, the undersigned, ') + f.name(p, 'full') + t(', né(e) le ', ', born ') + f.dob(p, 'iso')
            + t(', autorise tout établissement de santé à communiquer à ', ', authorize any health facility to release to ')
            + ins['name'] + t(' les renseignements relatifs à mon état de santé.', ' information about my health.'),
            t('Réclamation : ', 'Claim: ') + claim, t('Signature : ', 'Signature: ') + f.name(p, 'full') + ' (signé)',
            t('Date : ', 'Date: ') + ctx.past(5, 40).isoformat()]
    fn = r.choice([t('autorisation_signee.pdf', 'signed_authorization.pdf'), 'AUT_' + claim + '.pdf',
                   t('Autorisation – ', 'Authorization – ') + f.name(p, 'full') + '.pdf'])
    atts = [dict(kind='pdf', filename=fn, ctype='application/pdf', data=D.pdf(ins['name'], auth))]
    subj = r.choice([t('Demande de renseignements médicaux – réclamation ', 'Request for medical records – claim ') + claim,
                     t('Réclamation ', 'Claim ') + claim + ' / ' + f.name(p, 'upper')])
    login = C.strip_accents(adj_g[0] + adj_s).lower().replace('-', '')
    return dict(category='insurer_request', note='insurer requests records for a disability claim',
                frm=(adj_g + ' ' + adj_s, login + '@' + ins['dom']), to=[BOX['acces'] if ctx.fr else BOX['roi_en']],
                subject=subj, text='\n'.join(L), attachments=atts)


# ----------------------------------------------------------------------------
def insurer_send(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    ins = r.choice([i for i in C.INSURERS if i['lang'] == ctx.lang])
    p = ctx.any_pt(0.0, 'adult')
    s = ctx.staff()
    claim = '%d-%03d-%02d' % (r.randrange(1000, 9999), r.randrange(1000), r.randrange(100))
    ep = _ep(ctx, p)
    visit = ctx.past(30, 400)
    L = [ctx.hello(), '']
    L.append(t('En réponse à votre demande (réclamation %s), vous trouverez ci-joint les documents demandés concernant '
               'votre assuré(e), ' % claim, 'In response to your request (claim %s), please find attached the requested '
               'documents for your insured, ' % claim) + f.name(p, r.choice(['title', 'upper'])) + '.')
    L.append(t('Le dossier porte sur : ', 'The records cover: ') + ep + t(', suivi depuis le ', ', followed since ') + ctx.d(visit) + '.')
    if r.random() < 0.5:
        L.append(t('NAS de l\'assuré(e) (selon votre demande) : ', 'Insured\'s SIN (as per your request): ') + f.sin(p))
    L.append(t('L\'archive ZIP contient %d fichiers PDF. La facture suit par la poste.',
               'The ZIP contains %d PDF files. Our invoice will follow by mail.') % 2)
    L += ['', ctx.bye(), ctx.sig(s)]
    nm = f.name(p, 'fname')
    mr = f.mrn(p, 'plain')
    m1 = D.pdf(t('Consultation', 'Consultation'), [t('Usager : ', 'Patient: ') + f.name(p, 'upper') + '   ' + t('Dossier : ', 'Chart: ') + mr,
                                                  t('Raison de consultation : ', 'Reason for consultation: ') + ep,
                                                  t('Conduite : ', 'Plan: ') + K.med(r, ctx.lang, p, ctx.date.year)])
    f.add('medication')
    m2 = D.pdf(t('Notes d\'évolution', 'Progress notes'), [f.name(p, 'upper') + ' – ' + mr,
                                                          ctx.d(visit, 'iso') + ' : ' + t('revu en clinique, ', 'seen in clinic, ') + ep])
    z = D.zip_bytes([(nm + '_consultation.pdf', m1), (nm + '_notes.pdf', m2)])
    zn = r.choice(['envoi_' + claim + '.zip', nm + '.zip', 'documents.zip'])
    subj = r.choice([t('Réclamation %s – documents', 'Claim %s – records') % claim, t('Envoi sécurisé – ', 'Secure transfer – ') + claim])
    return dict(category='insurer_release', note='records released to insurer in a zip', frm=C.addr_of(s),
                to=[(ins['dept'], 'reclamations@' + ins['dom'])], subject=subj, text='\n'.join(L),
                attachments=[dict(kind='zip', filename=zn, ctype='application/zip', data=z)])


# ----------------------------------------------------------------------------
def lawyer_request(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    lf = r.choice([x for x in C.LAWFIRMS if x['lang'] == ctx.lang])
    on = ctx.lang == 'en' and r.random() < 0.45
    p = ctx.pt('ON', 1950, 2004) if on else ctx.any_pt(0.5, 'adult')
    acc = ctx.past(100, 800)
    ref = '%d-%02d' % (r.randrange(1000, 9999), r.randrange(1, 40))
    ep = _ep(ctx, p)
    ti, g, s_ = lf['para'] if r.random() < 0.5 else lf['lawyer']
    L = [ctx.hello(), '']
    if ctx.fr:
        L.append('Nous représentons %s dans le cadre d\'une réclamation découlant d\'un événement survenu le %s. '
                 'Nous vous prions de nous transmettre une copie complète du dossier de notre client(e), incluant '
                 'la feuille d\'urgence, les rapports d\'imagerie et les notes de physiothérapie.' % (f.name(p, 'title'), ctx.d(acc)))
        L.append('Notre client(e) a été traité(e) chez vous pour : ' + ep + '.')
    else:
        L.append('We act for %s in a claim arising from an incident on %s. Please provide a complete copy of our '
                 'client\'s chart, including the emergency record, imaging reports and physiotherapy notes.' % (f.name(p, 'title'), ctx.d(acc)))
        L.append('Our client was treated at your facility for ' + ep + '.')
    L.append('')
    if p.nam:
        L.append(f.ident_block(p))
    else:
        L.append(t('Date de naissance : ', 'Date of birth: ') + f.dob(p))
        if r.random() < 0.5:
            L.append(t('Adresse : ', 'Address: ') + f.addr(p))
    if on:
        L.append('OHIP: ' + f.ohip(p))
    L.append(t('Notre dossier : ', 'Our file: ') + ref)
    if r.random() < 0.3:
        f.add('social_information')
        L.append(t('Notre client(e) est prestataire de l\'aide sociale; le mandat est couvert par l\'aide juridique.',
                   'Our client receives social assistance; the file is covered by legal aid.'))
    L += ['', t('Le mandat et l\'autorisation signés sont joints.', 'The signed authorization is attached.'), '', ctx.bye(),
          ti + ' ' + g + ' ' + s_, lf['name'], t('Tél. : 514 555-01%02d', 'Tel. 613-555-01%02d') % r.randrange(100)]
    doc = D.docx([('h', t('Autorisation de communication', 'Authorization for release')),
                  ('p', t('Je, ', 'I, ') + f.name(p, 'full') + t(', autorise ', ', authorize ') + C.ORG_FR + t(' à communiquer à ', ' to release to ')
                   + lf['name'] + t(' une copie complète de mon dossier.', ' a complete copy of my record.')),
                  ('table', [[t('Champ', 'Field'), t('Valeur', 'Value')],
                             [t('Date de naissance', 'Date of birth'), f.dob(p, 'iso')],
                             [t('Dossier du cabinet', 'Firm file'), ref]]),
                  ('p', t('Signature : ________   Date : ', 'Signature: ________   Date: ') + ctx.past(3, 30).isoformat())],
                 title='Autorisation', author=g + ' ' + s_)
    fn = r.choice(['autorisation_' + ref + '.docx', t('Mandat ', 'Authorization ') + f.name(p, 'surcomma') + '.docx'])
    subj = r.choice([t('Demande de dossier médical – notre dossier ', 'Request for medical records – our file ') + ref,
                     t('Dossier ', 'Re: ') + f.name(p, 'full') + ' – ' + ref])
    login = C.strip_accents(g[0] + s_).lower()
    return dict(category='lawyer_request', note='law firm requests client chart with authorization',
                frm=(ti + ' ' + g + ' ' + s_ if r.random() < 0.5 else g + ' ' + s_, login + '@' + lf['dom']),
                to=[BOX['acces'] if ctx.fr else BOX['roi_en']], subject=subj, text='\n'.join(L),
                attachments=[dict(kind='docx', filename=fn, ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=doc)])


# ----------------------------------------------------------------------------
def subpoena(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.any_pt(0.35)
    court = r.choice(C.COURT_FR if ctx.fr else C.COURT_EN)
    no = '%d-%02d-%06d-%03d' % (r.choice([500, 505, 650, 705]), r.choice([5, 17, 22]), r.randrange(1000000), r.randrange(1, 250))
    hear = ctx.future(15, 70)
    ep = _ep(ctx, p)
    care_from = ctx.past(500, 1600)
    pdfl = ['## ' + court, t('N° : ', 'No.: ') + no, '',
            '## ' + t('CITATION À COMPARAÎTRE (subpoena duces tecum)', 'SUBPOENA DUCES TECUM'),
            t('Au responsable des archives médicales, ', 'To the custodian of records, ') + C.ORG_FR,
            t('Vous êtes requis(e) de comparaître le %s à 9 h 30, salle 2.14, et d\'apporter :',
              'You are required to attend on %s at 9:30 a.m., courtroom 2.14, and to bring:') % hear.isoformat()]
    if p.nam:
        pdfl.append(f.ident_block(p).replace('\n', '  ;  '))
    else:
        pdfl.append(t('le dossier médical complet de ', 'the complete medical record of ') + f.name(p, 'upper') + t(', né(e) le ', ', born ') + f.dob(p))
    pdfl.append(t('Dossier de l\'établissement : ', 'Facility chart no.: ') + f.mrn(p))
    pdfl.append(t('couvrant la période du %s à ce jour, notamment les notes relatives à : ',
                  'covering %s to date, in particular notes relating to: ') % care_from.isoformat() + ep)
    pdfl += ['', t('Signifié par huissier de justice – ', 'Served by bailiff – ') + r.choice(['Mercure & Boivin, huissiers', 'Lacombe Process Servers'])]
    fn = r.choice(['subpoena_' + no + '.pdf', t('citation_à_comparaître_', 'subpoena_') + f.name(p, 'fname') + '.pdf', 'SCAN_%04d.pdf' % r.randrange(10000)])
    L = [ctx.hello(), '', t('Veuillez trouver ci-joint une citation à comparaître (duces tecum) signifiée ce matin au bureau '
                            'des archives. Audience le %s.' % ctx.d(hear),
                            'Attached is a subpoena duces tecum served this morning at the records office. Hearing on %s.' % ctx.d(hear))]
    if r.random() < 0.5:
        L.append(t('Le dossier papier est aux archives semi-actives, je le fais sortir.', 'The paper chart is in off-site storage; I have requested it.'))
    s = ctx.staff()
    L += ['', ctx.bye(), ctx.sig(s)]
    to = C.staff_by('Charron') if r.random() < 0.5 else C.STAFF[0]
    return dict(category='subpoena', note='subpoena for a chart forwarded internally', frm=C.addr_of(s), to=[C.addr_of(to)],
                subject=r.choice([t('Subpoena reçu – audience ', 'Subpoena received – hearing ') + hear.isoformat(), 'Subpoena ' + no]),
                text='\n'.join(L), attachments=[dict(kind='pdf', filename=fn, ctype='application/pdf', data=D.pdf(court, pdfl))])


# ----------------------------------------------------------------------------
def deposition_ics(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.any_pt(0.0)
    ph = r.choice(C.PHYS)
    s = C.staff_by('Charron') if r.random() < 0.5 else ctx.staff()
    day = ctx.future(10, 60)
    start = datetime.datetime(day.year, day.month, day.day, r.choice([9, 10, 13, 14]), 0)
    ep = _ep(ctx, p)
    nm = f.name(p, r.choice(['surcomma', 'upper', 'full']))
    mr = f.mrn(p)
    summ = t('Témoignage – dossier ', 'Testimony – chart ') + nm
    desc = t('Cour supérieure, salle 3.01. Apporter le dossier %s (%s). Rencontre préparatoire avec Me Charron 30 min avant.',
             'Superior Court, room 3.01. Bring chart %s (%s). Prep meeting with counsel 30 min before.') % (mr, ep)
    cal = D.ics('%d-%s@%s' % (r.randrange(10 ** 8), day.isoformat(), C.DOM), start, start + datetime.timedelta(hours=3),
                summ, desc, t('Palais de justice de Beauvallon', 'Beauvallon Courthouse'), C.addr_of(s), [(C.dr(ph, ctx.lang), ph['email'])])
    L = [ctx.hello(C.dr(ph, ctx.lang)), '',
         t('Vous êtes assigné(e) à témoigner comme médecin traitant dans le dossier de %s. L\'invitation est jointe.',
           'You have been subpoenaed to testify as treating physician regarding %s. The invitation is attached.') % nm,
         t('Le dossier est disponible pour consultation aux archives (local B-114) à compter de lundi.',
           'The chart can be reviewed at Health Records (room B-114) from Monday.'), '', ctx.bye(), ctx.sig(s)]
    return dict(category='deposition_invite', note='physician invited to testify, calendar attachment', frm=C.addr_of(s),
                to=[(C.dr(ph, ctx.lang), ph['email'])], subject=t('Assignation à témoigner – ', 'Subpoena to testify – ') + day.isoformat(),
                text='\n'.join(L), attachments=[dict(kind='ics', filename='invite.ics', ctype='text/calendar', text=cal, method=True)])


# ----------------------------------------------------------------------------
def coroner_request(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.any_pt(0.45, 'old' if r.random() < 0.5 else 'adult')
    ti, g, s_ = r.choice(CORONER_PEOPLE)
    avis = 'A-%d-%05d' % (ctx.date.year, r.randrange(100000))
    dd = ctx.past(3, 40)
    L = [ctx.hello(), '']
    nm = f.name(p, r.choice(['title', 'upper', 'full']))
    if ctx.fr:
        L.append('Dans le cadre de l\'investigation (avis %s) sur le décès de %s survenu le %s, je vous demande, en vertu '
                 'de la Loi sur la recherche des causes et des circonstances des décès, de me transmettre :' % (avis, nm, ctx.d(dd)))
    else:
        L.append('As part of my investigation (notice %s) into the death of %s on %s, I request under the Coroners Act '
                 'the following records:' % (avis, nm, ctx.d(dd)))
    items = r.sample([t('la feuille d\'urgence et les notes infirmières du dernier épisode', 'the ER record and nursing notes of the last visit'),
                      t('les résultats de laboratoire (y compris toxicologie)', 'laboratory results (including toxicology)'),
                      t('la liste des médicaments au dossier', 'the medication list'),
                      t('le dernier résumé d\'hospitalisation', 'the last discharge summary'),
                      t('les notes de suivi en santé mentale', 'mental health follow-up notes')], 3)
    L += ['- ' + x for x in items]
    L.append('')
    if p.nam:
        L.append(f.ident_block(p))
    else:
        L.append(t('Date de naissance : ', 'Date of birth: ') + f.dob(p))
    if r.random() < 0.6:
        L.append(t('Dossier hospitalier : ', 'Hospital chart: ') + f.mrn(p))
    ctxs = r.randrange(3)
    if ctxs == 0:
        L.append(t('Contexte : ', 'Context: ') + K.pick(r, K.SOCIAL, ctx.lang) + t('; retrouvé au domicile.', '; found at home.'))
        f.add('social_information')
    elif ctxs == 1:
        L.append(t('Contexte : suivi connu pour ', 'Context: known for ') + _ep(ctx, p) + '.')
    else:
        L.append(t('Traitement connu : ', 'Known medication: ') + K.med(r, ctx.lang, p, ctx.date.year) + '.')
        f.add('medication')
    if r.random() < 0.4:
        f.add('lab_result')
        L.append(t('Résultat préliminaire du laboratoire de toxicologie : ', 'Preliminary toxicology result: ') + K.lab(r, ctx.lang, p) + '.')
    L += ['', t('Merci de transmettre les documents par courriel sécurisé d\'ici 10 jours.', 'Please send the records by secure e-mail within 10 days.'),
          '', ctx.bye(), ti + ' ' + g + ' ' + s_, t('Coroner', 'Coroner'), C.CORONER['fr'] if ctx.fr else C.CORONER['en']]
    return dict(category='coroner_request', note='coroner requests records of a deceased patient',
                frm=(ti + ' ' + g + ' ' + s_, C.strip_accents(g + '.' + s_).lower() + '@' + C.CORONER['dom']),
                to=[BOX['archives'] if ctx.fr else BOX['roi_en']],
                subject=r.choice([t('Demande du coroner – avis ', 'Coroner request – notice ') + avis,
                                  t('Avis ', 'Notice ') + avis + ' – ' + f.name(p, 'upper')]), text='\n'.join(L))


CORONER_PEOPLE = [('Dre', 'Maude', 'Ferland'), ('Me', 'Denis', 'Arsenal'), ('Dr', 'Pascal', 'Huot')]


# ----------------------------------------------------------------------------
def coroner_reply(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.any_pt(0.0, 'old')
    s = ctx.staff()
    avis = 'A-%d-%05d' % (ctx.date.year, r.randrange(100000))
    visit = ctx.past(10, 50)
    lab = K.lab(r, ctx.lang, p)
    f.add('lab_result')
    ep = _ep(ctx, p)
    fname = f.name(p, 'fname')
    L = [ctx.hello(), '', t('Suite à votre demande (avis %s), voici les documents du dossier. Résumé de ce qui est transmis :',
                            'Further to your request (notice %s), here are the records. Summary of what is included:') % avis,
         '- ' + t('Épisode d\'urgence du ', 'ER episode of ') + ctx.d(visit) + ' : ' + ep,
         '- ' + t('Laboratoire : ', 'Laboratory: ') + lab,
         '- ' + t('Notes infirmières et ordonnances (26 pages)', 'Nursing notes and orders (26 pages)'), '',
         t('Le fichier porte le nom de l\'usager ; merci de confirmer la réception.', 'The file is named after the patient; please confirm receipt.'),
         '', ctx.bye(), ctx.sig(s)]
    pdfl = [f.name(p, 'upper') + '   ' + t('Dossier ', 'Chart ') + f.mrn(p, 'plain'), t('Épisode : ', 'Episode: ') + visit.isoformat() + ' – ' + ep,
            t('Résultats : ', 'Results: ') + lab]
    fn = r.choice(['Coroner_%s_%s.pdf' % (avis, fname), fname + '_' + t('dossier', 'records') + '.pdf'])
    return dict(category='coroner_release', note='records sent to coroner, name in attachment', frm=C.addr_of(s),
                to=[(C.CORONER['fr'] if ctx.fr else C.CORONER['en'], 'investigations@' + C.CORONER['dom'])],
                subject=t('Avis %s – documents transmis', 'Notice %s – records enclosed') % avis, text='\n'.join(L),
                attachments=[dict(kind='pdf', filename=fn, ctype='application/pdf', data=D.pdf(t('Extrait de dossier', 'Chart extract'), pdfl), rfc2231=r.random() < 0.5)])


# ----------------------------------------------------------------------------
def disability_benefit(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.any_pt(0.0, 'adult')
    ep = _ep(ctx, p)
    fileno = '%s%07d' % (t('RI-', 'CPP-D '), r.randrange(10 ** 7))
    L = [ctx.hello(), '']
    if ctx.fr:
        L += ['Retraite Québec – Rentes d\'invalidité', 'Une demande de rente d\'invalidité a été présentée par la personne suivante :',
              '  Nom : ' + f.name(p, 'upper'), '  NAS : ' + f.sin(p), '  Date de naissance : ' + f.dob(p),
              '  Affection déclarée : ' + ep, '',
              'Nous vous demandons une copie des rapports de consultation, protocoles et résultats d\'examens des 24 derniers mois.',
              'Référence : ' + fileno]
    else:
        L += ['Service Canada – Canada Pension Plan Disability', 'An application for CPP disability benefits has been received from:',
              '  Name: ' + f.name(p, 'upper'), '  SIN: ' + f.sin(p), '  DOB: ' + f.dob(p),
              '  Condition reported: ' + ep, '',
              'Please provide copies of consultation reports, operative notes and test results for the past 24 months.',
              'Reference: ' + fileno]
    if r.random() < 0.5:
        L.append(t('Adresse au dossier : ', 'Address on file: ') + f.addr(p))
    L += ['', ctx.bye(), t('Agente d\'évaluation médicale', 'Medical Adjudicator')]
    dom = 'rentes-invalidite.example' if ctx.fr else 'cppd-adjudication.example'
    return dict(category='benefit_request', note='government disability program requests records', frm=(t('Évaluation médicale', 'Medical Adjudication'), 'no-reply@' + dom),
                to=[BOX['acces'] if ctx.fr else BOX['roi_en']], subject=t('Demande de renseignements médicaux – ', 'Request for medical information – ') + fileno,
                text='\n'.join(L))


SCENARIOS = [
    (access_request, 'both', 2),
    (access_reply, 'both', 2),
    (insurer_request, 'both', 2),
    (insurer_send, 'both', 2),
    (lawyer_request, 'both', 2),
    (subpoena, 'both', 2),
    (deposition_ics, 'both', 1),
    (coroner_request, 'both', 2),
    (coroner_reply, 'both', 2),
    (disability_benefit, 'both', 2),
]

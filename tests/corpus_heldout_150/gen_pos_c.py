"""Positive scenarios, part C: logs, lists, registries, rectification, heirs, police, misc."""

import gen_clin as K
import gen_common as C
import gen_docs as D
from gen_thread import BOX

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def _ep(ctx, p=None, short=False):
    ctx.f.add('diagnosis')
    e = K.episode(ctx.rng, ctx.lang, p, ctx.date.year)
    return e.split(' (')[0] if short else e


def _lab(ctx, p=None):
    ctx.f.add('lab_result')
    return K.lab(ctx.rng, ctx.lang, p)


def _med(ctx, p=None):
    ctx.f.add('medication')
    return K.med(ctx.rng, ctx.lang, p, ctx.date.year)


# ----------------------------------------------------------------------------
def release_log(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    s = ctx.staff()
    hdr = [t('N° demande', 'Request'), t('Usager', 'Patient'), t('DDN', 'DOB'), t('Sexe', 'Sex'), 'NAM',
           t('Demandeur', 'Requester'), t('Objet', 'Subject'), t('Statut', 'Status')]
    rows = [hdr]
    n = r.randrange(4, 8)
    for i in range(n):
        p = (ctx.nam_pt() if i < 2 else None) or ctx.any_pt(0.3)
        req = r.choice([t('Assureur', 'Insurer'), t('Avocat', 'Lawyer'), t('Usager', 'Patient'), 'SAAQ', 'CNESST', t('Coroner', 'Coroner')])
        rows.append([C.req_no(r, ctx.date.year), f.name(p, r.choice(['upper', 'surcomma'])), f.dob(p, 'iso'), p.sex,
                     f.nam(p, 'plain') if p.nam else '', req, _ep(ctx, p, True),
                     r.choice([t('envoyé', 'sent'), t('en attente consentement', 'awaiting consent'), t('facturé', 'invoiced')])])
    week = ctx.past(1, 6)
    L = [ctx.hello(C.STAFF[0]['given']), '', t('Voici le registre des communications de la semaine du %s (%d demandes traitées).',
                                               'Here is the release log for the week of %s (%d requests processed).') % (ctx.d(week), n),
         t('Deux dossiers sont en attente d\'un consentement signé.', 'Two files are waiting for a signed consent.'), '', ctx.bye(), ctx.sig(s)]
    if r.random() < 0.6:
        att = dict(kind='xlsx', filename=t('registre_communications_', 'release_log_') + week.isoformat() + '.xlsx', ctype=XLSX,
                   data=D.xlsx([(t('Registre', 'Log'), rows)]))
    else:
        att = dict(kind='csv', filename=t('registre_', 'release_log_') + week.isoformat() + '.csv', ctype='text/csv',
                   text=D.csv_text(rows, delim=r.choice([',', ';'])))
    return dict(category='release_log', note='weekly release-of-information log with patient rows', frm=C.addr_of(s),
                to=[C.addr_of(C.STAFF[0])], subject=t('Registre des communications – semaine du ', 'Release log – week of ') + week.isoformat(),
                text='\n'.join(L), attachments=[att])


# ----------------------------------------------------------------------------
def pull_list(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    s = ctx.staff()
    ck = r.randrange(4)
    clinic = [t('clinique d\'oncologie', 'oncology clinic'), t('clinique de cardiologie', 'cardiology clinic'),
              t('clinique de santé mentale', 'mental health clinic'), t('clinique préopératoire', 'pre-op clinic')][ck]
    reasons = [[('néo sein – suivi post-chimio', 'breast ca – post-chemo f/u'), ('lymphome – R-CHOP C4', 'lymphoma – R-CHOP C4'),
                ('néo prostate – PSA en hausse', 'prostate ca – rising PSA'), ('néo côlon – 1re visite', 'colon ca – new patient')],
               [('FA – ajustement anticoag.', 'AF – anticoag review'), ('IC FEVG 30 %', 'HF EF 30%'), ('post-IAM 6 sem.', 'post-MI 6 wk'),
                ('syncope à l\'effort', 'exertional syncope')],
               [('TAG – suivi', 'GAD – follow-up'), ('schizophrénie – injection', 'schizophrenia – depot'), ('TDM – réévaluation', 'MDD – reassessment'),
                ('trouble bipolaire – lithémie', 'bipolar – lithium level')],
               [('PTG droite – préop', 'R TKA – pre-op'), ('cholécystite – préop', 'cholecystitis – pre-op'), ('hernie inguinale', 'inguinal hernia'),
                ('hystérectomie – fibromes', 'hysterectomy – fibroids')]][ck]
    day = ctx.future(1, 6)
    rows = [[t('Heure', 'Time'), t('Dossier', 'Chart'), t('Usager', 'Patient'), t('Motif', 'Reason')]]
    for i in range(r.randrange(4, 9)):
        p = ctx.pt()
        rows.append(['%02d:%02d' % (8 + i // 2, 30 * (i % 2)), f.mrn(p, r.choice(['plain', 'space'])),
                     f.name(p, r.choice(['upper', 'rev', 'lower', 'init'])), K.pick(r, reasons, ctx.lang)])
    f.add('diagnosis')
    L = [ctx.hello(), '', t('Liste des dossiers à sortir pour la %s du %s :', 'Charts to pull for the %s on %s:') % (clinic, ctx.d(day)), '',
         C.table_text(rows, sep='\t' if r.random() < 0.3 else ' | '), '',
         t('Les dossiers doivent être au poste de la clinique à 7 h 45.', 'Charts must be at the clinic desk by 7:45.'), '', ctx.bye(), C.person_name(s)]
    html_body = '<html><body><p>' + C.html_escape(L[2]) + '</p>' + C.table_html(rows) + '<p>' + C.html_escape(L[6]) + '</p><p>' + \
        C.html_escape(C.person_name(s)) + '</p></body></html>'
    return dict(category='chart_pull_list', note='clinic chart pull list with reasons', frm=C.addr_of(s), to=[BOX['archives']],
                subject=t('Sortie de dossiers – ', 'Chart pull – ') + day.isoformat(), text='\n'.join(L), html=html_body,
                body_kind=r.choice(['html', 'alt', 'plain']))


# ----------------------------------------------------------------------------
def rectification(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.any_pt(0.5, 'adult')
    dxw = r.choice([(t('trouble de la personnalité limite', 'borderline personality disorder'), t('je n\'ai jamais eu ce diagnostic', 'I was never given this diagnosis')),
                    (t('alcoolisme chronique', 'chronic alcohol use disorder'), t('je ne bois presque pas', 'I barely drink')),
                    (t('non-observance du traitement', 'non-compliance with treatment'), t('j\'ai toujours pris mes pilules', 'I always took my pills'))])
    f.add('diagnosis')
    L = [ctx.hello(), '']
    L.append(t('Je demande la rectification de mon dossier. Dans le résumé de ma visite du %s, on a écrit « %s ». C\'est faux, %s.',
               'I am asking for a correction to my record. The summary of my visit on %s says "%s". This is wrong, %s.')
             % (ctx.d(ctx.past(30, 400)), dxw[0], dxw[1]))
    L.append(t('Je veux que ce soit retiré avant que mon dossier soit envoyé à mon employeur.', 'I want this removed before my file is sent to my employer.'))
    L.append('')
    if p.nam:
        L.append(f.ident_block(p))
    else:
        L.append(f.name(p, 'full') + ', ' + t('né%s le ' % ('e' if p.sex == 'F' else ''), 'born ') + f.dob(p))
    if r.random() < 0.4:
        f.add('social_information')
        L.append(t('Je suis prestataire de l\'aide sociale et je ne peux pas payer de frais.', 'I am on social assistance and cannot pay any fees.'))
    L.append(f.phone(p))
    L += ['', ctx.bye()]
    return dict(category='rectification_request', note='patient asks to correct a diagnosis in the record', frm=(p.full(), p.email),
                to=[BOX['acces'] if ctx.fr else BOX['roi_en']], subject=r.choice([t('Correction de mon dossier', 'Correction to my record'),
                                                                                   t('Demande de rectification', 'Request for correction')]),
                text='\n'.join(L))


# ----------------------------------------------------------------------------
def heir_request(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    dec = ctx.any_pt(0.4, 'old')
    kid = ctx.pt('QC' if ctx.fr else 'EN', 1955, 1985)
    dd = ctx.past(40, 300)
    L = [ctx.hello(), '']
    L.append(t('%s, %s, est décédé%s le %s au CHSLD du Boisé-Marcoux. Je suis %s de la succession.'
               % ('Ma mère' if dec.sex == 'F' else 'Mon père', f.name(dec, 'full'), 'e' if dec.sex == 'F' else '', ctx.d(dd),
                  'liquidatrice' if kid.sex == 'F' else 'liquidateur'),
               'My %s, %s, died on %s at CHSLD du Boisé-Marcoux. I am the executor of the estate.'
               % ('mother' if dec.sex == 'F' else 'father', f.name(dec, 'full'), ctx.d(dd))))
    L.append(t('On m\'a dit qu\'il y avait eu une chute quelques jours avant, avec %s. Je voudrais comprendre ce qui s\'est passé et obtenir les notes infirmières.',
               'I was told there was a fall a few days earlier, with %s. I would like to understand what happened and get the nursing notes.')
             % K.pick(r, [('une fracture de la hanche', 'a hip fracture'), ('un hématome sous-dural', 'a subdural haematoma'),
                          ('une fracture du poignet et de la confusion', 'a wrist fracture and confusion')], ctx.lang))
    f.add('diagnosis')
    if dec.nam:
        L += ['', f.ident_block(dec)]
    elif r.random() < 0.5:
        L.append(t('Sa date de naissance : ', 'Date of birth: ') + f.dob(dec))
    L += ['', t('Je joins le certificat de décès et mon testament notarié.', 'I attach the death certificate and the will.'), '', ctx.bye(), kid.full()]
    return dict(category='heir_request', note='heir requests deceased parent records', frm=(kid.full(), kid.email),
                to=[BOX['acces'] if ctx.fr else BOX['roi_en']], subject=t('Dossier de %s décédé%s' % ('ma mère' if dec.sex == 'F' else 'mon père', 'e' if dec.sex == 'F' else ''),
                                                                            'Records of my late ' + ('mother' if dec.sex == 'F' else 'father')), text='\n'.join(L))


# ----------------------------------------------------------------------------
def art17_review(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    ph = C.PHYS[0]
    s = C.staff_by('Bergeron-Dion') if ctx.fr else C.STAFF[8]
    p = ctx.pt()
    L = [ctx.hello(C.dr(ph, ctx.lang)), '',
         t('%s (dossier %s) demande l\'accès complet à ses notes de psychiatrie, y compris l\'évaluation de dangerosité de %s. '
           'Avant de communiquer, nous avons besoin de votre avis : la communication risque-t-elle de causer un préjudice grave '
           '(art. 17 LSSSS)?',
           '%s (chart %s) is requesting full access to their psychiatry notes, including the risk assessment of %s. Before '
           'release we need your opinion: could disclosure cause serious harm (s. 17)?')
         % (f.name(p, r.choice(['title', 'full'])), f.mrn(p), ctx.d(ctx.past(60, 500))),
         t('Diagnostic au dossier : ', 'Diagnosis on file: ') + r.choice([t('schizophrénie paranoïde', 'paranoid schizophrenia'),
                                                                         t('trouble de stress post-traumatique', 'PTSD'),
                                                                         t('trouble bipolaire, épisode maniaque', 'bipolar disorder, manic episode')]),
         t('Délai légal : 20 jours (reçu le %s).', 'Legal deadline: 20 days (received %s).') % ctx.d(ctx.past(2, 10)), '', ctx.bye(), ctx.sig(s)]
    f.add('diagnosis')
    return dict(category='access_review', note='archivist asks psychiatrist opinion before release', frm=C.addr_of(s),
                to=[(C.dr(ph, ctx.lang), ph['email'])], subject=t('Demande d\'accès – avis requis (art. 17)', 'Access request – opinion needed (s. 17)'),
                text='\n'.join(L))


# ----------------------------------------------------------------------------
def tumour_registry(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    s = C.staff_by('Lafrenière')
    rows = [[t('Nom', 'Name'), t('Prénom', 'Given name'), t('DDN', 'DOB'), t('Sexe', 'Sex'), 'NAM', t('Siège / morphologie', 'Site / morphology'), t('Date dx', 'Dx date')]]
    for i in range(r.randrange(2, 5)):
        p = ctx.nam_pt('adult') or ctx.pt()
        f.name(p, 'full')
        rows.append([p.surname.upper(), p.given, f.dob(p, 'iso'), p.sex, f.nam(p, 'plain') if p.nam else '',
                     r.choice((['C50.4 / 8500/3', 'C53.9 / 8070/3'] if p.sex == 'F' else ['C61 / 8140/3', 'C62.9 / 9061/3'])
                              + ['C18.7 / 8140/3', 'C34.1 / 8070/3', 'C83.3 / 9680/3']),
                     ctx.past(30, 200).isoformat()])
    f.add('diagnosis')
    L = [ctx.hello(), '', t('Ci-joint la déclaration trimestrielle des nouveaux cas au registre des tumeurs (cas validés).',
                            'Attached is the quarterly new-case submission to the tumour registry (validated cases).'), '', ctx.bye(), ctx.sig(s)]
    data = D.csv_text(rows, delim=';')
    z = r.random() < 0.5
    if z:
        att = dict(kind='zip', filename='RQC_T%d.zip' % r.randrange(1, 5), ctype='application/zip',
                   data=D.zip_bytes([('declaration.csv', data.encode('utf-8')), ('LISEZMOI.txt', b'Fichier genere par le module Registre.\r\n')]))
    else:
        att = dict(kind='csv', filename='declaration_registre.csv', ctype='text/csv', text=data)
    return dict(category='tumour_registry', note='cancer registry submission with identified cases', frm=C.addr_of(s),
                to=[(t('Registre québécois du cancer – réception', 'Cancer registry intake'), 'reception@registre-tumeurs.example')],
                subject=t('Déclaration registre des tumeurs – T', 'Tumour registry submission – Q') + str(r.randrange(1, 5)),
                text='\n'.join(L), attachments=[att])


# ----------------------------------------------------------------------------
def requester_vcard(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.pt()
    s, s2 = ctx.staff(), None
    s2 = ctx.staff(exclude=(s,))
    note = t('Demande d\'accès ', 'Access request ') + C.req_no(r, ctx.date.year) + ' – ' + _ep(ctx, p, True) + t(' ; rappeler après 16 h', '; call back after 4 pm')
    vc = D.vcard(p.full(), '%s;%s;;;' % (p.surname, p.given), tel_home=f.phone(p), email=p.email,
                 adr=('HOME', p.addr, p.city.split(' (')[0], 'QC', p.city[-7:], 'Canada'), note=note)
    vfn = (p.full() if r.random() < 0.5 else C.strip_accents(p.full())).replace(' ', '_') + '.vcf'
    f.addr(p)
    f.name(p, 'full')
    L = [ctx.hello(s2['given']), '', t('Je te transfère la fiche de l\'usager qui a appelé pour sa demande ; il faut le rappeler pour les frais.',
                                       'Forwarding the contact card of the patient who called about the request; please call back about fees.'),
         '', ctx.bye(), s['given']]
    return dict(category='contact_card', note='patient contact card passed between clerks', frm=C.addr_of(s), to=[C.addr_of(s2)],
                subject=t('Rappel usager', 'Patient call-back'), text='\n'.join(L),
                attachments=[dict(kind='vcf', filename=vfn, ctype='text/vcard', text=vc)])


# ----------------------------------------------------------------------------
def results_copy(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.pt()
    g, s_ = r.choice([('Nathan', 'Desbiens'), ('Roseline', 'Marquis'), ('Aileen', 'Costa')])
    labs = [_lab(ctx, p) for _ in range(r.randrange(1, 3))]
    L = [ctx.hello(), '', t('Voici les résultats demandés par la Dre Ouimet-Larose : ', 'Here are the results requested by Dr. Ouimet-Larose: ') + '; '.join(labs) + '.',
         t('Prélèvement du ', 'Collected ') + ctx.d(ctx.past(2, 40)) + '.', '', ctx.bye(), g + ' ' + s_, t('Archives – résultats', 'Records – results desk')]
    return dict(category='results_copy', note='lab results sent to clinic, patient named in subject only', frm=(g + ' ' + s_, C.strip_accents(g + '.' + s_).lower() + '.vdh@' + C.DOM),
                to=[('GMF des Érables', 'secretariat@gmf-erables.example')],
                subject=r.choice([t('Résultats – ', 'Results – ') + f.name(p, r.choice(['full', 'upper', 'lower'])),
                                  f.name(p, 'rev') + ' ' + t('labos', 'labs')]), text='\n'.join(L))


# ----------------------------------------------------------------------------
def police_request(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.pt()
    f.add('social_information')
    ev = ctx.past(5, 60)
    f.add('diagnosis')
    inj = K.pick(r, [('fracture de l\'orbite gauche', 'left orbital fracture'), ('lacérations du cuir chevelu et TCC léger', 'scalp lacerations and mild TBI'),
                     ('fractures de côtes', 'rib fractures')], ctx.lang)
    L = [ctx.hello(), '',
         t('Dans le cadre d\'une enquête pour voies de fait graves (événement du %s), nous détenons une ordonnance de communication '
           'visant le dossier de la victime, %s, ' + ('vue' if p.sex == 'F' else 'vu') + ' à l\'urgence la même nuit. Blessures rapportées : %s.',
           'In an aggravated assault investigation (incident of %s), we hold a production order for the records of the victim, %s, '
           'seen in your ER that night. Injuries reported: %s.') % (ctx.d(ev), f.name(p, r.choice(['full', 'upper'])), inj),
         t('La victime a déclaré un contexte de violence conjugale.', 'The victim reported intimate partner violence.'), '',
         t('L\'ordonnance sera remise en main propre demain.', 'The order will be served in person tomorrow.'), '', ctx.bye(),
         r.choice([t('Sergente-détective Laurence Bédard', 'Det. Sgt. Laurence Bédard'), t('Sergent-détective Eric Mondoux', 'Det. Sgt. Eric Mondoux')]),
         t('Service de police de Beauvallon – Crimes majeurs', 'Beauvallon Police – Major Crimes')]
    return dict(category='police_request', note='police production order for a victim record', frm=(t('Enquêtes', 'Investigations'), 'enquetes@spbeauvallon.example'),
                to=[BOX['acces'] if ctx.fr else BOX['roi_en']], subject=t('Ordonnance de communication – dossier ', 'Production order – file ') + 'SPB-%d-%05d' % (ctx.date.year, r.randrange(10 ** 5)),
                text='\n'.join(L))


# ----------------------------------------------------------------------------
def deaths_list(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    s = ctx.staff()
    rows = []
    for _ in range(r.randrange(3, 6)):
        p = ctx.pt('QC', 1930, 1960)
        rows.append('%s-%d  %s  %s  %s  %s' % (r.choice(['5A', '6B', 'SI', '4C']), r.randrange(1, 40), f.name(p, 'upper'), f.mrn(p, 'plain'),
                                              '%02d:%02d' % (r.randrange(24), r.randrange(60)),
                                              K.pick(r, [('néo pulmonaire métastatique', 'metastatic lung ca'), ('choc septique', 'septic shock'),
                                                         ('IC terminale', 'end-stage HF'), ('AVC hémorragique', 'haemorrhagic stroke'),
                                                         ('MPOC terminale – palliatif', 'end-stage COPD – palliative')], ctx.lang)))
    f.add('diagnosis')
    L = [t('Décès des dernières 24 h – dossiers à compléter (bulletin de décès SP-3, sommaire) :', 'Deaths in the last 24 h – charts to complete (death certificate, summary):'),
         ''] + rows + ['', C.person_name(s)]
    return dict(category='deaths_list', note='daily deaths roster for chart completion', frm=C.addr_of(s), to=[BOX['archives'], BOX['medecins']],
                subject=t('Liste des décès – ', 'Deaths list – ') + ctx.date.date().isoformat(), text='\n'.join(L), body_kind='plain')


# ----------------------------------------------------------------------------
def pharmacy_profile(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.pt()
    s = ctx.staff()
    meds = [_med(ctx, p) for _ in range(r.randrange(2, 4))]
    L = [ctx.hello(), '', t('Suite à votre appel, voici l\'ordonnance de départ de %s (DDN %s), congé du %s :',
                            'Further to your call, here is the discharge prescription for %s (DOB %s), discharged %s:')
         % (f.name(p, r.choice(['full', 'title', 'upper'])), f.dob(p), ctx.d(ctx.past(1, 15)))] + ['  - ' + m for m in meds] + \
        ['', t('L\'original signé suit par télécopieur.', 'The signed original follows by fax.'), '', ctx.bye(), ctx.sig(s)]
    return dict(category='pharmacy_prescription', note='discharge prescription sent to community pharmacy', frm=C.addr_of(s),
                to=[('Pharmacie Lussier & Pham', 'labo@pharmacie-lussierpham.example')], subject=t('Ordonnance de départ', 'Discharge prescription'),
                text='\n'.join(L))


# ----------------------------------------------------------------------------
def missing_consent(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.pt()
    s = ctx.staff()
    L = [ctx.hello(), '', t('Dossier %s : le consentement opératoire est absent pour la %s du %s. Le bloc peut-il le retrouver?',
                            'Chart %s: the surgical consent is missing for the %s on %s. Can the OR find it?')
         % (f.mrn(p), K.pick(r, [('cholécystectomie', 'cholecystectomy'), ('arthroplastie totale du genou droit', 'right total knee arthroplasty'),
                                  ('hystérectomie pour fibromes', 'hysterectomy for fibroids'), ('colectomie pour néoplasie', 'colectomy for cancer')], ctx.lang),
            ctx.d(ctx.past(5, 60))), '', ctx.bye(), s['given']]
    f.add('diagnosis')
    return dict(category='missing_document', note='missing consent for a chart, chart number only', frm=C.addr_of(s),
                to=[(t('Bloc opératoire – secrétariat', 'OR office'), 'bloc.hsa.vdh@' + C.DOM)], subject=t('Consentement manquant', 'Missing consent'),
                text='\n'.join(L))


SCENARIOS = [
    (release_log, 'both', 2),
    (pull_list, 'both', 2),
    (rectification, 'both', 2),
    (heir_request, 'both', 1),
    (art17_review, 'both', 2),
    (tumour_registry, 'both', 2),
    (requester_vcard, 'both', 2),
    (results_copy, 'both', 2),
    (police_request, 'both', 2),
    (deaths_list, 'both', 1),
    (pharmacy_profile, 'both', 2),
    (missing_consent, 'both', 1),
]

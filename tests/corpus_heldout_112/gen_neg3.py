"""Step 6c: negative builders — clinical-adjacent hard negatives (teaching cases, aggregate reports,
protocols, education material, reply chains, vCards, forwards, archives, audits, QC)."""
import datetime

from gen_common import HOSP, OTHER_SITES, HEMAQ_DOM, fmt_date, slug
from gen_text import (spec, greet, closing, signature, quote, reply_header, ANTIBODIES, GROUPS, DIAG, SURG, REACTIONS, hb, unit_no,
                      ext_addr)
from gen_attach import make_pdf, make_docx, make_xlsx, make_vcard, make_zip, make_csv

DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


# --------------------------------------------------------------------------- 25. anonymised teaching case
def teaching_case(c, lang):
    w = c.w
    hem = w.st(c.r(['hemato', 'hemato2']))
    age = c.rng.randint(24, 88)
    ab = c.r(ANTIBODIES)
    dfr, den = c.r(DIAG)
    sexf = c.chance(0.5)
    if lang == 'fr':
        body = [greet(c, 'fr', 'chers résidents' if c.chance(0.5) else None), '', 'Cas pour la séance d\'enseignement de jeudi (entièrement anonymisé) :', '',
                '%s de %d ans, connu%s pour %s, se présente avec une Hb à %d g/L. Le dépistage d\'anticorps est positif; le panel montre un %s et une '
                'réactivité pan-agglutinante faible à l\'AHG. TCD positif IgG.' % ('Une femme' if sexf else 'Un homme', age, 'e' if sexf else '', dfr, hb(c, 50, 75), ab),
                'Questions : 1) Quelle est votre démarche? 2) Quels produits choisir si la transfusion est urgente? 3) Rôle de l\'adsorption allogénique?', '',
                'Références : Guide de médecine transfusionnelle, chapitre 7.', '', signature(c, hem, 'fr', 'full', disclaimer=False)]
        subj = c.r(['Cas clinique – séance de jeudi', 'Enseignement : cas d\'immunohématologie', 'Club de lecture + cas'])
    else:
        body = [greet(c, 'en', 'residents' if c.chance(0.5) else None), '', 'Case for Thursday teaching (fully de-identified):', '',
                'A %d-year-old %s with %s presents with Hb %d g/L. Antibody screen positive; panel shows %s plus weak panreactivity at AHG. DAT IgG positive.'
                % (age, 'woman' if sexf else 'man', den, hb(c, 50, 75), ab), 'Questions: 1) approach? 2) component selection if urgent? 3) role of alloadsorption?', '',
                signature(c, hem, 'en', 'full', disclaimer=False)]
        subj = c.r(['Teaching case – Thursday', 'Immunohaematology case for rounds'])
    return spec(c, lang, hem, [('Résidents hématologie', 'residents-hemato@%s' % HOSP['dom'])], subj, '\n'.join(body), [],
                'anonymised teaching case with age, diagnosis and results')


# --------------------------------------------------------------------------- 26. aggregate hemovigilance report PDF
def hv_report(c, lang):
    w = c.w
    cst = w.st('cst')
    year = c.day.year - (1 if c.day.month < 4 else 0)
    rows = []
    tot = 0
    for rf, re_, k in REACTIONS:
        n = c.rng.randint(0, 30)
        tot += n
        rows.append(('T', [rf if lang == 'fr' else re_, str(n), str(c.rng.randint(0, min(n, 3)))], [50, 380, 470]))
    lines = [('H', 'Réactions déclarées par type' if lang == 'fr' else 'Reported reactions by type'),
             ('T', ['Type', 'N', 'Graves' if lang == 'fr' else 'Severe'], [50, 380, 470])] + rows + \
            [('T', ['Total', str(tot), ''], [50, 380, 470]), '',
             ('Incidents d\'identification évités : %d. Erreurs de prélèvement (WBIT) : %d.' if lang == 'fr' else 'ID near-misses: %d. WBIT: %d.') % (c.rng.randint(3, 20), c.rng.randint(0, 4))]
    pdf = make_pdf('Rapport annuel d\'hémovigilance %d-%d' % (year, year + 1) if lang == 'fr' else 'Annual Hemovigilance Report %d-%d' % (year, year + 1),
                   lines, author=cst.full, compress=c.chance(0.5))
    if lang == 'fr':
        body = '%s\n\nLe rapport annuel d\'hémovigilance (données agrégées, aucun renseignement nominatif) est joint pour dépôt au CA.\n\n%s' % (greet(c, 'fr'), signature(c, cst, 'fr'))
        subj = c.r(['Rapport annuel d\'hémovigilance', 'Hémovigilance – bilan annuel'])
        fn = c.r(['Rapport_hemovigilance_%d.pdf', 'Rapport annuel d\'hémovigilance %d.pdf']) % year
    else:
        body = '%s\n\nAttached is the annual hemovigilance report (aggregate data only) for the board.\n\n%s' % (greet(c, 'en'), signature(c, cst, 'en'))
        subj = 'Annual hemovigilance report'
        fn = 'Hemovigilance_report_%d.pdf' % year
    to = [w.st('manager'), w.st('hemato')]
    return spec(c, lang, cst, to, subj, body, [], 'aggregate annual hemovigilance report PDF',
                attachments=[dict(filename=fn, ctype='application/pdf', data=pdf)])


# --------------------------------------------------------------------------- 27. PBM programme update
def pbm_program(c, lang):
    w = c.w
    pbm = w.st('pbm')
    n = c.rng.randint(120, 420)
    pct = c.rng.randint(28, 46)
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'Bilan de la clinique d\'anémie préopératoire (%d patients évalués depuis l\'ouverture) :' % n,
                '- %d %% présentaient une anémie ferriprive avant une arthroplastie;' % pct,
                '- taux de transfusion périopératoire passé de %d %% à %d %%;' % (c.rng.randint(14, 25), c.rng.randint(4, 12)),
                '- fer IV administré en moyenne %d jours avant la chirurgie.' % c.rng.randint(18, 35),
                'Rappel : toute chirurgie avec perte sanguine prévue > 500 mL doit avoir une FSC et une ferritine 4 à 6 semaines avant. Le formulaire de référence est sur l\'intranet.',
                '', signature(c, pbm, 'fr')]
        subj = c.r(['Gestion du sang du patient – bilan', 'Clinique d\'anémie préop : résultats', 'GSP : nouvelles du programme'])
    else:
        body = [greet(c, 'en'), '', 'PBM pre-op anaemia clinic update (%d patients assessed):' % n, '- %d%% had iron-deficiency anaemia before arthroplasty;' % pct,
                '- peri-operative transfusion rate down from %d%% to %d%%.' % (c.rng.randint(14, 25), c.rng.randint(4, 12)),
                'Reminder: CBC and ferritin 4-6 weeks before any surgery with expected blood loss > 500 mL.', '', signature(c, pbm, 'en')]
        subj = c.r(['PBM programme update', 'Pre-op anaemia clinic results'])
    return spec(c, lang, pbm, [('Chirurgiens et anesthésiologistes', 'chir-anesth@%s' % HOSP['dom'])], subj, '\n'.join(body), [],
                'PBM programme aggregate results')


# --------------------------------------------------------------------------- 28. research protocol
def research(c, lang):
    w = c.w
    pi = w.st(c.r(['hemato', 'anesth', 'hemato2']))
    title_fr, title_en = c.r([('Seuil transfusionnel restrictif vs libéral chez les patients avec infarctus', 'Restrictive vs liberal transfusion threshold in myocardial infarction'),
                              ('Fer IV préopératoire en chirurgie colorectale : essai randomisé', 'Pre-operative IV iron in colorectal surgery: a randomised trial'),
                              ('Acide tranexamique et arthroplastie : étude de cohorte', 'Tranexamic acid in arthroplasty: a cohort study')])
    nsub = c.rng.randint(120, 900)
    if lang == 'fr':
        paras = [('H', 'Synopsis'), 'Titre : %s' % title_fr, 'Chercheur principal : Dr(e) %s' % pi.full, 'Taille d\'échantillon visée : %d participants' % nsub,
                 'Critères d\'inclusion : adultes ≥ 18 ans, Hb < 100 g/L, consentement éclairé.', 'Critères d\'exclusion : refus de transfusion, grossesse, insuffisance rénale terminale.',
                 'Issue primaire : décès ou réinfarctus à 30 jours.', 'Confidentialité : les participants seront identifiés par un code d\'étude (ex. : HSBL-001); la liste de correspondance reste au centre.']
        doc = make_docx('Protocole de recherche — version %d.%d' % (c.rng.randint(1, 4), c.rng.randint(0, 9)), paras, author=pi.full)
        body = '%s\n\nVoici la version révisée du protocole pour soumission au comité d\'éthique de la recherche.\n\n%s' % (greet(c, 'fr'), signature(c, pi, 'fr'))
        subj = c.r(['Protocole révisé – CÉR', 'Soumission CÉR : %s' % title_fr[:40]])
        fn = 'Protocole_v%d.docx' % c.rng.randint(2, 6)
    else:
        paras = [('H', 'Synopsis'), 'Title: %s' % title_en, 'PI: Dr. %s' % pi.full, 'Target sample: %d participants' % nsub, 'Inclusion: adults, Hb < 100 g/L, informed consent.',
                 'Exclusion: refusal of blood, pregnancy, ESRD.', 'Participants identified by study code only.']
        doc = make_docx('Research protocol — v%d' % c.rng.randint(1, 4), paras, author=pi.full)
        body = '%s\n\nRevised protocol attached for REB submission.\n\n%s' % (greet(c, 'en'), signature(c, pi, 'en'))
        subj = 'Revised protocol – REB'
        fn = 'Protocol_v%d.docx' % c.rng.randint(2, 6)
    return spec(c, lang, pi, [('Comité d\'éthique de la recherche', 'cer@cisss-hr.example')], subj, body, [], 'research protocol, no participants',
                attachments=[dict(filename=fn, ctype=DOCX_CT, data=doc)])


# --------------------------------------------------------------------------- 29. patient education pamphlet
def education(c, lang):
    w = c.w
    snd = w.st(c.r(['cst', 'pbm', 'nurse']))
    if lang == 'fr':
        paras = ['Vous allez recevoir une transfusion de sang', ('H', 'Pourquoi?'), 'Votre médecin vous propose une transfusion parce que votre taux d\'hémoglobine est bas ou que vous saignez.',
                 ('H', 'Quels sont les risques?'), 'Les réactions sont rares : fièvre, frissons, démangeaisons. Avisez immédiatement l\'infirmière si vous ressentez un malaise.',
                 ('H', 'Alternatives'), 'Fer par la bouche ou par voie intraveineuse, érythropoïétine, récupération de sang pendant la chirurgie.',
                 'Vous avez le droit de refuser. Parlez-en à votre médecin.', 'Nom du patient : ____________________ (à remplir par l\'infirmière)']
        doc = make_docx('Dépliant — Information au patient (ébauche)', paras, author=snd.full)
        body = '%s\n\nVoici l\'ébauche du dépliant pour révision par le comité des usagers. Commentaires d\'ici le %s svp.\n\n%s' % (
            greet(c, 'fr'), fmt_date(c.later(5, 15), 'long', 'fr'), signature(c, snd, 'fr'))
        subj = c.r(['Dépliant transfusion – ébauche', 'Révision : information aux patients'])
        fn = c.r(['depliant_transfusion_ebauche.docx', 'Dépliant transfusion (ébauche).docx'])
    else:
        paras = ['You are going to receive a blood transfusion', ('H', 'Why?'), 'Your doctor recommends a transfusion because your haemoglobin is low or you are bleeding.',
                 ('H', 'Risks'), 'Reactions are rare: fever, chills, itching. Tell your nurse right away.', ('H', 'Alternatives'), 'Oral or IV iron, erythropoietin, cell salvage.']
        doc = make_docx('Patient information leaflet (draft)', paras, author=snd.full)
        body = '%s\n\nDraft leaflet attached for the patients\' committee review.\n\n%s' % (greet(c, 'en'), signature(c, snd, 'en'))
        subj = 'Transfusion leaflet – draft'
        fn = 'transfusion_leaflet_draft.docx'
    return spec(c, lang, snd, [('Comité des usagers', 'comite.usagers@%s' % HOSP['dom'])], subj, body, [], 'generic patient education leaflet',
                attachments=[dict(filename=fn, ctype=DOCX_CT, data=doc)])


# --------------------------------------------------------------------------- 30. reply chain about stock (no patient)
def stock_chain(c, lang):
    w = c.w
    a, b = w.st('tech'), w.st('chieftech')
    t0 = c.when - datetime.timedelta(hours=c.rng.randint(1, 20))
    n = c.rng.randint(2, 12)
    if lang == 'fr':
        orig = 'Salut,\n\nOn est à %d culots O négatif et %d plaquettes. Le bloc a une chirurgie cardiaque demain et l\'urgence a eu deux traumas cette nuit.\n' \
               'Je commande %d O- et 4 plaquettes à Héma-Québec pour la livraison de 14h?\n\n%s' % (c.rng.randint(2, 9), c.rng.randint(1, 5), n, a.given)
        top = c.r(['Oui, go. Ajoute 2 A négatif aussi.', 'Ok pour la commande. Vérifie les dates de péremption des AB plasma.', 'Parfait. On redistribuera les O- qui expirent vendredi à Val-des-Érables.'])
        subj = 'RE: Commande Héma-Québec'
    else:
        orig = 'Hi,\n\nWe are down to %d O neg units and %d platelets. Cardiac surgery tomorrow and two traumas overnight.\nShould I order %d O neg + 4 platelets for the 2 pm delivery?\n\n%s' % (
            c.rng.randint(2, 9), c.rng.randint(1, 5), n, a.given)
        top = c.r(['Yes, go ahead. Add 2 A neg.', 'OK. Check the AB plasma expiry dates too.'])
        subj = 'RE: Héma-Québec order'
    hdr = reply_header(c, lang, '%s <%s>' % (a.full, a.email), t0)
    if hdr.endswith(': '):
        hdr += subj[4:]
        quoted = hdr + '\n\n' + orig
    else:
        quoted = hdr + '\n' + quote(orig)
    body = '%s\n\n%s\n\n%s' % (top, signature(c, b, lang, 'short'), quoted)
    return spec(c, lang, b, a, subj, body, [], 'reply chain about inventory, no patient', in_reply_to=c.msgid())


# --------------------------------------------------------------------------- 31. staff / supplier vCard
def vcard_staff(c, lang):
    w = c.w
    snd = w.st(c.r(['chieftech', 'manager', 'clerk']))
    rcv = w.st(c.r(['tech', 'buyer']))
    cst = w.st('cst')
    who = c.r([('Josée', 'Pinard', 'Héma-Québec', 'Coordonnatrice distribution', 'josee.pinard@%s' % HEMAQ_DOM),
               ('Luc', 'Beaupré', 'Immuno-Diagnostics Nord inc.', 'Représentant technique', 'luc.beaupre@immunodiag-nord.example'),
               (cst.given, cst.surname, HOSP['name_fr'], 'Conseillère en sécurité transfusionnelle', cst.email)])
    vc = make_vcard(who[0], who[1], tel='514 555-01%02d' % c.rng.randint(0, 99), tel_type='WORK', org=who[2], title=who[3], email=who[4],
                    adr=('2200, boulevard du Lac', 'Val-des-Brumes', 'J0X 9Z9') if who[2] == HOSP['name_fr'] else None)
    if lang == 'fr':
        body = '%s\n\nVoici les coordonnées de %s %s pour les questions de %s.\n\n%s' % (greet(c, 'fr', rcv.given), who[0], who[1],
                                                                                   c.r(['commandes urgentes', 'réactifs', 'déclarations d\'hémovigilance']), signature(c, snd, 'fr', 'short'))
        subj = c.r(['Contact', 'Coordonnées – %s' % who[2], 'Personne-ressource'])
    else:
        body = '%s\n\nContact card for %s %s (%s).\n\n%s' % (greet(c, 'en', rcv.given), who[0], who[1], who[2], signature(c, snd, 'en', 'short'))
        subj = 'Contact details'
    return spec(c, lang, snd, rcv, subj, body, [], 'business vCard (work contact)',
                attachments=[dict(filename='%s %s.vcf' % (who[0], who[1]), ctype='text/vcard', text=vc, charset='utf-8', cte='quoted-printable')])


# --------------------------------------------------------------------------- 32. consent policy
def consent_policy(c, lang):
    w = c.w
    snd = w.st(c.r(['hemato', 'cst']))
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'Rappel de la politique sur le consentement à la transfusion (POL-DSP-017) :',
                '1. Le consentement libre et éclairé doit être obtenu par le médecin et documenté au dossier avant toute transfusion non urgente.',
                '2. Le refus (p. ex. pour motifs religieux) doit être consigné sur le formulaire de refus; consulter l\'éthicienne au besoin.',
                '3. Chez l\'enfant de moins de 14 ans, le consentement est donné par le titulaire de l\'autorité parentale; en cas de refus injustifié, l\'autorisation du tribunal peut être demandée.',
                '4. En urgence vitale, la transfusion peut être administrée sans consentement si aucun refus n\'est connu.', '', 'Merci de diffuser à vos équipes.', '', signature(c, snd, 'fr')]
        subj = c.r(['Politique de consentement à la transfusion – rappel', 'POL-DSP-017 : consentement'])
    else:
        body = [greet(c, 'en'), '', 'Reminder of the transfusion consent policy (POL-DSP-017): informed consent documented before non-urgent transfusion; refusals recorded on the refusal form; '
                'for children under 14, parental consent, court authorisation possible; in life-threatening emergencies transfusion may proceed if no refusal is known.', '', signature(c, snd, 'en')]
        subj = 'Transfusion consent policy – reminder'
    return spec(c, lang, snd, [('Médecins et infirmières-chefs', 'med-chefs@%s' % HOSP['dom'])], subj, '\n'.join(body), [], 'consent policy reminder')


# --------------------------------------------------------------------------- 33. forwarded notice as .eml
def forwarded_eml(c, lang):
    from gen_mime import build_message
    w = c.w
    fwd = w.st(c.r(['chieftech', 'manager', 'cst']))
    rcv = [w.st('tech'), w.st('tech')]
    if lang == 'fr':
        inner_body = '\n'.join(['Aux directeurs médicaux des banques de sang,', '',
                                'À compter du %s, les plaquettes traitées par inactivation des pathogènes remplaceront graduellement les plaquettes irradiées.' % fmt_date(c.later(20, 60), 'long', 'fr'),
                                'Aucune modification aux procédures de commande n\'est requise. Une foire aux questions sera publiée.', '', 'Direction des affaires médicales', 'Héma-Québec'])
        subj_in = 'Circulaire : plaquettes à pathogènes réduits'
        outer = '%s\n\nPour information, voir la circulaire ci-jointe.\n\n%s' % (greet(c, 'fr'), signature(c, fwd, 'fr', 'short'))
        subj = 'TR: ' + subj_in
    else:
        inner_body = '\n'.join(['To blood bank medical directors,', '', 'Starting %s, pathogen-reduced platelets will gradually replace irradiated platelets.' % fmt_date(c.later(20, 60), 'long', 'en'),
                                'No change to ordering procedures.', '', 'Medical Affairs', 'Héma-Québec'])
        subj_in = 'Circular: pathogen-reduced platelets'
        outer = '%s\n\nFYI, circular attached.\n\n%s' % (greet(c, 'en'), signature(c, fwd, 'en', 'short'))
        subj = 'FW: ' + subj_in
    inner_spec = spec(c, lang, ('Affaires médicales Héma-Québec', 'affaires.medicales@%s' % HEMAQ_DOM), fwd, subj_in, inner_body, [], '')
    inner_spec['date'] = c.when - datetime.timedelta(days=c.rng.randint(1, 5))
    inner_spec['msgid'] = c.msgid(HEMAQ_DOM)
    tr = dict(kind=c.r(['plain', 'alt', 'html']), charset=c.r(['utf-8', 'iso-8859-1']), cte=c.r(['quoted-printable', '8bit', 'base64']), eol='lf',
              hdr_charset='iso-8859-1', hdr_enc='Q')
    inner = build_message(inner_spec, tr, c.idx + 11)
    return spec(c, lang, fwd, rcv, subj, outer, [], 'supplier circular forwarded as message/rfc822',
                attachments=[dict(ctype='message/rfc822', data=inner, filename=c.r([None, 'circulaire.eml' if lang == 'fr' else 'circular.eml']))])


# --------------------------------------------------------------------------- 34. ZIP of templates / SOPs
def zip_templates(c, lang):
    w = c.w
    snd = w.st(c.r(['chieftech', 'cst']))
    f1 = make_pdf('Formulaire de déclaration d\'accident transfusionnel (vierge)' if lang == 'fr' else 'Transfusion reaction report (blank)',
                  ['Nom : ______________  NAM : ______________  DDN : __________', 'Produit : ______  No de don : ______________',
                   'Signes : [ ] fièvre [ ] frissons [ ] urticaire [ ] dyspnée [ ] hypotension', 'Déclarant : ______________'],
                  author=snd.full, compress=True)
    f2 = make_docx('Aide-mémoire : surveillance des signes vitaux' if lang == 'fr' else 'Vital signs monitoring job aid',
                   ['Avant, 15 min après le début, puis à la fin de chaque produit.' if lang == 'fr' else 'Before, at 15 minutes, and at the end of each component.'], author=snd.full)
    f3 = make_csv([['code', 'description'], ['CG', 'Culot globulaire'], ['PLQ', 'Plaquettes'], ['PC', 'Plasma congelé'], ['CRYO', 'Cryoprécipités']]).encode('utf-8')
    z = make_zip([('formulaires/declaration_vierge.pdf', f1), ('formulaires/aide_memoire.docx', f2), ('codes_produits.csv', f3)])
    if lang == 'fr':
        body = '%s\n\nVoici l\'archive des gabarits à jour pour le classeur d\'urgence de chaque unité.\n\n%s' % (greet(c, 'fr'), signature(c, snd, 'fr'))
        subj = c.r(['Gabarits à jour', 'Trousse de formulaires – banque de sang'])
        fn = 'gabarits_banque_de_sang.zip'
    else:
        body = '%s\n\nUpdated templates for each unit\'s emergency binder.\n\n%s' % (greet(c, 'en'), signature(c, snd, 'en'))
        subj = 'Updated templates'
        fn = 'blood_bank_templates.zip'
    return spec(c, lang, snd, [('Infirmières-chefs', 'chefs-unites@%s' % HOSP['dom'])], subj, body, [], 'ZIP of blank templates',
                attachments=[dict(filename=fn, ctype='application/zip', data=z)])


# --------------------------------------------------------------------------- 35. accreditation / inspection
def accreditation(c, lang):
    w = c.w
    mgr = w.st('manager')
    d = c.later(20, 90)
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'La visite d\'Agrément Canada aura lieu du %s au %s. La banque de sang sera visitée le deuxième jour.' % (fmt_date(d, 'long', 'fr'), fmt_date(d + datetime.timedelta(days=3), 'long', 'fr')),
                'Suivi des non-conformités de l\'audit interne :', '- consentement non signé dans 3 dossiers sur 40 audités (7,5 %);',
                '- traçabilité (retour du statut final) : 97,8 % (cible 100 %);', '- 2 réfrigérateurs d\'unités sans registre de température complet.',
                'Merci de compléter vos plans d\'action d\'ici la fin du mois.', '', signature(c, mgr, 'fr')]
        subj = c.r(['Visite d\'Agrément Canada – préparation', 'Audit interne : non-conformités', 'Agrément – plan d\'action'])
    else:
        body = [greet(c, 'en'), '', 'Accreditation Canada survey from %s; the blood bank is visited on day two.' % fmt_date(d, 'long', 'en'),
                'Internal audit: unsigned consent in 3/40 charts audited; traceability 97.8% (target 100%).', 'Please complete action plans by month end.', '', signature(c, mgr, 'en')]
        subj = 'Accreditation survey – preparation'
    return spec(c, lang, mgr, [w.st('chieftech'), w.st('cst'), w.st('nurse')], subj, '\n'.join(body), [], 'accreditation audit with aggregate findings')


# --------------------------------------------------------------------------- 36. QC / proficiency testing
def qc_eqa(c, lang):
    w = c.w
    ct = w.st('chieftech')
    prog = c.r(['CAP J', 'LSPQ-IH', 'UK NEQAS BTLP'])
    rows = []
    for i in range(1, 6):
        rows.append('%s-%02d : %s / %s / %s' % (prog.split()[0], i, c.r(GROUPS), c.r(['RAI négative', 'RAI positive'] if lang == 'fr' else ['screen neg', 'screen pos']),
                                               c.r(ANTIBODIES) if c.chance(0.5) else '—'))
    score = c.rng.randint(80, 100)
    if lang == 'fr':
        body = [greet(c, 'fr'), '', 'Résultats du contrôle externe de la qualité %s, envoi %d-%d (échantillons simulés) :' % (prog, c.day.year, c.rng.randint(1, 3)), ''] + rows + \
               ['', 'Score : %d %%. Un écart sur l\'échantillon 03 (identification) fait l\'objet d\'une action corrective.' % score,
                'Contrôle de qualité interne des réactifs : conforme, lot de cellules de dépistage %d.' % c.rng.randint(10000, 99999), '', signature(c, ct, 'fr')]
        subj = c.r(['Résultats CEQ %s' % prog, 'Contrôle externe de la qualité – banque de sang'])
    else:
        body = [greet(c, 'en'), '', 'Proficiency testing %s, shipment %d-%d (simulated samples):' % (prog, c.day.year, c.rng.randint(1, 3)), ''] + rows + \
               ['', 'Score %d%%. Corrective action opened for sample 03.' % score, '', signature(c, ct, 'en')]
        subj = 'PT results %s' % prog
    return spec(c, lang, ct, [w.st('manager'), w.st('hemato')], subj, '\n'.join(body), [], 'proficiency testing on simulated samples')


BUILDERS = [
    ('teaching_case', teaching_case, 5, 0.6),
    ('hemovigilance_report', hv_report, 5, 0.6),
    ('pbm_programme', pbm_program, 5, 0.6),
    ('research_protocol', research, 5, 0.5),
    ('patient_education', education, 5, 0.6),
    ('stock_reply_chain', stock_chain, 5, 0.6),
    ('vcard_staff', vcard_staff, 5, 0.6),
    ('consent_policy', consent_policy, 5, 0.6),
    ('forwarded_notice_eml', forwarded_eml, 5, 0.6),
    ('zip_templates', zip_templates, 5, 0.6),
    ('accreditation', accreditation, 5, 0.6),
    ('qc_proficiency', qc_eqa, 5, 0.6),
]
